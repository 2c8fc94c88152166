package org.atelier.web.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded event store's file about as large as what it holds.
 *
 * <p>H2 writes its file as a log of chunks and compacts it from a background thread, which
 * {@code WRITE_DELAY=0} turns off along with the delay. Left alone, every commit adds a chunk and the
 * chunks it made partly obsolete stay: measured, 36 KB of file for each event written one command at
 * a time, 4.1 KB an event for a generated programme of a million. Every {@link #EVERY}, while less
 * than {@link #LIVE_PERCENT} % of the file is live, this does that thread's work in small steps: the
 * sparsest chunks rewritten, then the file closed up, a few megabytes at a time, so that a command
 * waits at most one step for it.
 *
 * <p>A step holds the store's writes while it forces the file and moves chunks: a command that
 * commits meanwhile waited for it (seen in the latency bench, an idea in a hundred late on every
 * screen). So steps wait for a pause in the commands ({@link #QUIET} without a commit that
 * changed anything), which a workshop's bursts of ideas and votes leave many times a minute. Under
 * a steady stream of commands a file less than {@link #CROWDED_PERCENT} % live has its sparse chunks
 * rewritten in the gaps between them ({@link #GAP}), and one less than {@link #OVERRUN_PERCENT} %
 * live at once ({@link #pauseNeeded}), both only once its dead space is past
 * {@link #TOLERATED_DEAD_BYTES}; chunks are moved, and the file closed up, only in a pause. A stream
 * with no pause at all grows the file until the first one comes.
 *
 * <p>H2 would keep a freed chunk 45 s before writing over it, trusting the operating system to have
 * put what replaced it on the disk by then. A step forces the file to the disk instead, then lets
 * freed chunks be written over at once, and forces it again before chunks are moved; a kill loses
 * nothing either way, since what was written is in the operating system's cache.
 */
final class EventStoreCompaction implements AutoCloseable {

    static final int LIVE_PERCENT = 90;
    /** Below this share live, a step waits only for a gap between two commands. */
    static final int CROWDED_PERCENT = 50;
    /** Below this share live, a step waits for nothing. */
    static final int OVERRUN_PERCENT = 25;
    /** A pause in the commands. */
    static final Duration QUIET = Duration.ofMillis(250);
    /** A gap between two commands: ideas posted one after the other come every 50 ms or more. */
    static final Duration GAP = Duration.ofMillis(15);
    /** How often a round that waits for a pause looks again. */
    private static final Duration LOOK_AGAIN = Duration.ofMillis(2);
    static final Duration EVERY = Duration.ofSeconds(1);
    /** At most this long of each round is spent compacting, so that commands keep most of the store's time. */
    static final Duration ROUND = Duration.ofMillis(200);
    /**
     * What a step rewrites at most. Steps of a quarter of it took 10 to 25 ms instead of 40 to 80 in
     * the latency bench, but moved nothing once the file's chunks were larger than a step: a store
     * left a third live by a throughput run stayed so, where this size took it from 10.8 to 3.2 MB.
     */
    private static final int STEP_BYTES = 2 * 1024 * 1024;
    /**
     * What a step moves at most: twice what it rewrites. H2 moves whole chunks only, and a step's
     * rewrite makes one chunk of up to {@link #STEP_BYTES} of live pages, a little larger with its
     * headers: moved by the same size, that chunk never moved, and a store left a fifth live by a
     * throughput run stayed at 82 MB for good (this size took it to 16 MB).
     */
    private static final int MOVE_BYTES = 2 * STEP_BYTES;
    /**
     * Dead space up to this waits for a pause in the commands, however sparse the file: a workshop's
     * first minutes leave a file of a few megabytes a quarter live, and a step in a gap between two
     * ideas then made one late on every screen for a few megabytes of disk. Only a steady stream
     * that leaves more than this behind is compacted in its gaps or at once.
     */
    static final long TOLERATED_DEAD_BYTES = 64L << 20;
    /** Below this a file is left as it is: its chunks are few, and forcing them to the disk each second would cost more. */
    private static final long SMALL_FILE_BYTES = 4 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(EventStoreCompaction.class);

    private final DataSource events;
    private final Duration quiet;
    private final long toleratedDeadBytes;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread compaction = new Thread(work, "event-store-compaction");
        compaction.setDaemon(true);
        return compaction;
    });

    EventStoreCompaction(DataSource events) {
        this(events, QUIET, TOLERATED_DEAD_BYTES);
    }

    /**
     * @param quiet how long no command must have committed before a step, unless the file is crowded
     * @param toleratedDeadBytes how much dead space waits for {@code quiet} however crowded the file
     */
    EventStoreCompaction(DataSource events, Duration quiet, long toleratedDeadBytes) {
        this.events = events;
        this.quiet = quiet;
        this.toleratedDeadBytes = toleratedDeadBytes;
    }

    void start() {
        thread.scheduleWithFixedDelay(this::roundQuietly, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * One round: steps, each once the commands allow it, until the file is mostly live or the
     * round's time is spent; says how many steps.
     */
    int round() throws SQLException, InterruptedException {
        try (Connection connection = events.getConnection()) {
            MVStore store = EmbeddedH2.storeOf(connection);
            long until = System.nanoTime() + ROUND.toNanos();
            int steps = 0;
            while (!store.isClosed() && System.nanoTime() < until) {
                int live = live(store);
                if (!isSparse(store, live)) {
                    break;
                }
                if (!mayStep(live, store.getFileStore().size())) {
                    Thread.sleep(LOOK_AGAIN.toMillis());
                    continue;
                }
                steps++;
                if (!step(store, paused())) {
                    break;
                }
            }
            return steps;
        }
    }

    /**
     * The share of the file that is live, in percent: the lower of H2's two fill rates. Read once
     * per turn of a round: the chunks' rate adds up every chunk of the file, and a round that waits
     * for the commands looks again every {@link #LOOK_AGAIN}.
     */
    static int live(MVStore store) {
        FileStore<?> file = store.getFileStore();
        return Math.min(file.getFillRate(), file.getChunksFillRate());
    }

    private static boolean isSparse(MVStore store, int live) {
        return store.getFileStore().size() > SMALL_FILE_BYTES && live < LIVE_PERCENT;
    }

    /** Commands first: whether they have paused as long as a file this live asks ({@link #pauseNeeded}). */
    boolean mayStep(int live, long fileBytes) {
        return quietFor(pauseNeeded(live, fileBytes));
    }

    /** Whether the commands have paused for {@link #QUIET}, so a step may hold the writes longer. */
    private boolean paused() {
        return quietFor(quiet);
    }

    /** Whether no command has committed a change for {@code pause}; a store without group commits never says. */
    private boolean quietFor(Duration pause) {
        return !(events instanceof GroupCommittingDataSource commits) || commits.quietFor(pause);
    }

    /** The pause in the commands a step waits for: the emptier the file, the shorter, once its dead space counts. */
    Duration pauseNeeded(int live, long fileBytes) {
        if (fileBytes / 100 * (100 - live) <= toleratedDeadBytes) {
            return quiet;
        }
        if (live < OVERRUN_PERCENT) {
            return Duration.ZERO;
        }
        if (live < CROWDED_PERCENT) {
            return GAP.compareTo(quiet) < 0 ? GAP : quiet;
        }
        return quiet;
    }

    /**
     * Rewrites the sparsest chunks, frees those the rewrites emptied, then, in a pause, moves
     * chunks into the gaps to shrink the file; says whether anything was gained. Under a stream of
     * commands nothing is moved, so a step holds the writes for less (moving 4 MB at a time there
     * cost a third of the throughput bench's commands); the file then grows until the next pause.
     */
    private static boolean step(MVStore store, boolean inAPause) {
        FileStore<?> file = store.getFileStore();
        long size = file.size();
        int retention = file.getRetentionTime();
        long began = System.nanoTime();
        store.sync();
        long synced = System.nanoTime();
        file.setRetentionTime(0);
        try {
            boolean rewritten = store.compact(LIVE_PERCENT, STEP_BYTES);
            long compacted = System.nanoTime();
            store.sync();
            long syncedAgain = System.nanoTime();
            // At a fill rate of 0 H2 frees the emptied chunks and moves nothing.
            ((RandomAccessStore) file).compactMoveChunks(inAPause ? LIVE_PERCENT : 0, MOVE_BYTES, store);
            if (LOG.isDebugEnabled()) {
                LOG.debug("Step{}: {} MB before; sync {} ms, rewrite {} ms, sync {} ms, move {} ms; {} MB after, {} % live",
                        inAPause ? "" : " without moving", size >> 20, millis(began, synced),
                        millis(synced, compacted), millis(compacted, syncedAgain),
                        millis(syncedAgain, System.nanoTime()), file.size() >> 20, live(store));
            }
            return rewritten || file.size() < size;
        } finally {
            file.setRetentionTime(retention);
        }
    }

    private static String millis(long from, long to) {
        return String.format("%.1f", (to - from) / 1e6);
    }

    private void roundQuietly() {
        try {
            round();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException failure) {
            // The next round tries again; the store works as before meanwhile, only larger.
            LOG.warn("Compacting the event store failed: {}", failure.toString());
        }
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(30, TimeUnit.SECONDS);
    }
}
