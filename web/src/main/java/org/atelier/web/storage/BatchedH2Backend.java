package org.atelier.web.storage;

import org.h2.mvstore.MVStore;

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
    /** MVStore's default page cache is 16 MB; the server's indexes read many pages per insert when it is short. */
    private static final int PAGE_CACHE_MB = 64;

    BatchedH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).cacheSize(PAGE_CACHE_MB).open());
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
