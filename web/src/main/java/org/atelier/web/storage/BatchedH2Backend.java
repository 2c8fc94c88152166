package org.atelier.web.storage;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The embedded read-model server, answering queries in batches as MongoDB does, and writing every
 * change to its file before it answers.
 *
 * <p>Left alone, the in-process server answers a query without a batch size with every document at
 * once, and past 48 MB the driver refuses the reply: a programme's network or a rebuild's comparison
 * reads more than that. MongoDB's own first batch is 101 documents; later batches are held to the
 * same number here, which keeps each reply far below the limit for documents of our sizes.
 *
 * <p>Left alone, its H2 store also writes changes to the file in the background, about once a
 * second, and a store written while other threads change it is no snapshot: after a kill, a
 * processor's token could be kept while documents written before it were lost (seen: a network
 * lookup missing behind its processor's token). Committing each change before answering makes
 * what a client was told durable in the order it was told, against the process dying; the
 * operating system may still hold it unwritten (no fsync).
 */
final class BatchedH2Backend extends H2Backend {

    static final int BATCH = 101;
    /**
     * How long the store keeps the chunks of its older versions: H2's 45 s is shorter than a read of
     * every board of a large programme (a rebuild's comparison took 46-54 s on a million events), and
     * a cursor still reading an older version once its chunks are reused fails ("Chunk … not found",
     * seen once in the benchmark). Ten minutes, at the cost of a file that shrinks later after heavy writes.
     */
    static final int RETENTION_MILLIS = 600_000;

    private final MVStore store;

    BatchedH2Backend(String fileName) {
        this(openStore(fileName));
    }

    private BatchedH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    private static MVStore openStore(String fileName) {
        MVStore store = new MVStore.Builder().fileName(fileName).autoCommitDisabled().open();
        store.setRetentionTime(RETENTION_MILLIS);
        return store;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ((command.equals("find") || command.equals("getMore")) && batchSizeOf(query) <= 0) {
            query.put("batchSize", BATCH);
        }
        Document answer = super.handleCommand(channel, databaseName, command, query);
        commitBeforeAnswering();
        return answer;
    }

    /**
     * One thread commits at a time: H2 skips a commit asked for while another is being written,
     * and that one may have been taken before this thread's change, which then answered before it
     * was in the file.
     */
    private void commitBeforeAnswering() {
        synchronized (store) {
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
        }
    }

    private static int batchSizeOf(Document query) {
        return query.get("batchSize") instanceof Number size ? size.intValue() : 0;
    }
}
