package org.atelier.web.storage;

/**
 * Writes the commits of concurrent transactions to the embedded event store's file together, each
 * transaction still waiting until its own commit is in the file.
 *
 * <p>With {@code WRITE_DELAY=0} H2 writes its file at every commit, in turn with every other commit:
 * under load the request threads queued to write one after the other, each writing the B-tree pages
 * the others had just written again (a third of the request threads' time, late in a five-minute run
 * of the throughput bench). With a write delay H2 only writes from time to time, and a commit
 * returns before its data is in the file; so after its commit a transaction waits here: one of the
 * waiting transactions writes the store for all who committed before it began, the others wait for
 * that write, and the next write starts when it ends. A transaction is answered only once its commit
 * is in the file, as before; a write holds as many commits as came during the one before it.
 */
final class GroupCommit {

    /** Commits that asked to be written, numbered in the order they asked. */
    private long asked;
    /** Every commit numbered up to this one is in the file. */
    private long written;
    private boolean writing;

    /**
     * Returns once what was committed before this call is in the file: written by this thread, or
     * by another whose write began after this call.
     *
     * @param write writes everything committed so far to the file (H2's {@code MVStore.commit()},
     *              which writes nothing if H2's background thread has already written it all)
     */
    void awaitWritten(Runnable write) throws InterruptedException {
        long mine;
        synchronized (this) {
            mine = ++asked;
        }
        while (true) {
            long upTo;
            synchronized (this) {
                while (writing && written < mine) {
                    wait();
                }
                if (written >= mine) {
                    return;
                }
                writing = true;
                upTo = asked;
            }
            boolean done = false;
            try {
                write.run();
                done = true;
            } finally {
                synchronized (this) {
                    writing = false;
                    if (done) {
                        written = Math.max(written, upTo);
                    }
                    notifyAll();
                }
            }
        }
    }
}
