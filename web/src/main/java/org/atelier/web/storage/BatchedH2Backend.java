package org.atelier.web.storage;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The embedded read-model server, answering queries in batches as MongoDB does. Left alone, the
 * in-process server answers a query without a batch size with every document at once, and past
 * 48 MB the driver refuses the reply: a programme's network or a rebuild's comparison reads more
 * than that. MongoDB's own first batch is 101 documents; later batches are held to the same
 * number here, which keeps each reply far below the limit for documents of our sizes.
 */
final class BatchedH2Backend extends H2Backend {

    static final int BATCH = 101;

    BatchedH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ((command.equals("find") || command.equals("getMore")) && batchSizeOf(query) <= 0) {
            query.put("batchSize", BATCH);
        }
        return super.handleCommand(channel, databaseName, command, query);
    }

    private static int batchSizeOf(Document query) {
        return query.get("batchSize") instanceof Number size ? size.intValue() : 0;
    }
}
