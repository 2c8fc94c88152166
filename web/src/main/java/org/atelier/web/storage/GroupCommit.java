package org.atelier.web.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Writes the commits of concurrent transactions to the embedded event store's file together, each
 * transaction still answered only once its own commit is in the file.
 *
 * <p>With {@code WRITE_DELAY=0} H2 writes its file at every commit, in turn with every other commit:
 * under load the request threads queued to write one after the other, each writing the B-tree pages
 * the others had just written again (a third of the request threads' time, late in a five-minute run
 * of the throughput bench). With a write delay H2 only writes from time to time, and a commit
 * returns before its data is in the file; so each commit takes a number here, and waits until a
 * write that began after it has ended: one of the waiting transactions writes the store for all who
 * committed before it began, the others wait for that write, and the next write starts when it
 * ends. A write holds as many commits as came during the one before it.
 *
 * <p>A command waits after it has released its workshop ({@link #afterCommandsOf}): the aggregate's
 * lock is held for the whole of a command's unit of work, so waiting inside the commit made each
 * workshop's commands wait for each other's writes as well (in a minute's profile of 32 writers:
 * 180 s of waits for writes, 163 s for a pooled connection, held by transactions waiting for their
 * writes, 64 s for a workshop's lock). The next command of the workshop may use the state the first left,
 * before it is written: the second's write holds the first's, and neither is answered before its own.
 */
public final class GroupCommit {

    /** The commits of a command, on the thread that sends it, to be waited for once it has returned. */
    private static final ThreadLocal<Deferred> DEFERRED = new ThreadLocal<>();

    /** Commits that have taken a number, in the order they returned. */
    private long committed;
    /** Every commit numbered up to this one is in the file. */
    private long written;
    private boolean writing;
    /** What waits for a commit not yet written, by the commit's number. */
    private final NavigableMap<Long, List<Runnable>> waiting = new TreeMap<>();

    /**
     * Returns once the commit that has just returned on this thread is in the file; or, while this
     * thread sends a command ({@link #afterCommandsOf}), notes it to be waited for after.
     *
     * @param write writes everything committed so far to the file (H2's {@code MVStore.commit()},
     *              which writes nothing if H2's background thread has already written it all)
     */
    void committed(Runnable write) throws InterruptedException {
        long number = take();
        Deferred deferred = DEFERRED.get();
        if (deferred == null) {
            awaitWritten(number, write);
        } else {
            deferred.noted(this, number, write);
        }
    }

    /**
     * Runs {@code then} once what was committed on this thread is in the file: at once if it is
     * (outside a command's sending the commit has waited for it), else right after the write that
     * holds it, in the order of the commits, so that the events of a workshop's commands are shown
     * to readers in their order.
     */
    static void whenWritten(Runnable then) {
        Deferred deferred = DEFERRED.get();
        if (deferred == null || deferred.commits == null) {
            then.run();
        } else {
            deferred.commits.runWhenWritten(deferred.number, then);
        }
    }

    private synchronized void runWhenWritten(long number, Runnable then) {
        if (written >= number) {
            then.run();
        } else {
            waiting.computeIfAbsent(number, n -> new ArrayList<>()).add(then);
        }
    }

    /**
     * Sends a command with {@code sending} and returns what it answered once the commits it made
     * are in the file, waited for after the command has released its workshop.
     */
    public static <T> T afterCommandsOf(Supplier<T> sending) {
        if (DEFERRED.get() != null) {
            return sending.get();
        }
        Deferred deferred = new Deferred();
        DEFERRED.set(deferred);
        try {
            return sending.get();
        } finally {
            DEFERRED.remove();
            if (deferred.commits != null) {
                try {
                    deferred.commits.awaitWritten(deferred.number, deferred.write);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted before the command's commit was in the event store's file", e);
                }
            }
        }
    }

    private synchronized long take() {
        return ++committed;
    }

    /** Returns once commit {@code number} is in the file: written by this thread, or by a write that began after it. */
    private void awaitWritten(long number, Runnable write) throws InterruptedException {
        while (true) {
            long upTo;
            synchronized (this) {
                while (writing && written < number) {
                    wait();
                }
                if (written >= number) {
                    return;
                }
                writing = true;
                upTo = committed;
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
                        // Under the monitor: what a later commit runs at once comes after these.
                        NavigableMap<Long, List<Runnable>> due = waiting.headMap(written, true);
                        due.values().forEach(then -> then.forEach(Runnable::run));
                        due.clear();
                    }
                    notifyAll();
                }
            }
        }
    }

    /** The last commit made on a thread while it sends a command. */
    private static final class Deferred {

        private GroupCommit commits;
        private long number;
        private Runnable write;

        void noted(GroupCommit commits, long number, Runnable write) {
            this.commits = commits;
            this.number = number;
            this.write = write;
        }
    }
}
