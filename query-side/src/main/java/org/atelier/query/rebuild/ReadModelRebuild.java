package org.atelier.query.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.atelier.query.rebuild.RebuildStatus.Stage;
import org.atelier.query.rebuild.RebuildStatus.State;
import org.atelier.query.processing.ProcessorStop;
import org.atelier.shared.PublicName;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoClient;

/**
 * Drops and rebuilds every read model from the event store, without stopping the live ones:
 *
 * <ol>
 *   <li>every read model is folded again into a database of its own, from the first event to the
 *       last one stored, while the live processors go on serving the screens; the rebuild then
 *       applies the events stored meanwhile, with the same folds, until it is close behind them;</li>
 *   <li>both sides are compared document by document while the live side goes on, which leaves
 *       the documents that differed to check again;</li>
 *   <li>the live processors are held for a moment: the rebuild applies exactly the events they
 *       applied beyond its point, so both sides stand at the same event, compares again the
 *       documents that differed, and the rebuilt database becomes the one in use, in one write
 *       ({@link ReadModelDatabase}); the processors go on from their tokens, which are where the
 *       rebuilt read models stand: no event is applied twice, none is skipped. A live processor
 *       still behind the rebuild (itself catching up) is not waited for: its token is set where
 *       the rebuild stands, and its read model cannot be compared.</li>
 * </ol>
 *
 * Commands keep being accepted throughout (their events are stored); while the processors are
 * held, reads of the changes wait, as read-your-writes does, and catch up when they go on.
 */
@Component
public class ReadModelRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final int SHOWN_DIFFERENCES = 10;
    private static final int PROGRESS_EVERY = 2_000;
    private static final Duration LIVE_CATCH_UP_WAIT = Duration.ofSeconds(10);
    private static final Duration STOP_LIMIT = Duration.ofMinutes(2);
    /** Close enough to hold the live processors: what is left is applied while they are held. */
    private static final int CLOSE_BEHIND = 2_000;
    private static final int CATCH_UP_ROUNDS = 10;

    private final List<RebuildableReadModel> readModels;
    private final HistorySource history;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final MongoTemplate live;
    private final ReadModelDatabase database;
    private final Clock clock;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());

    ReadModelRebuild(List<RebuildableReadModel> readModels, HistorySource history,
                     EventProcessingConfiguration processing, TokenStore tokenStore,
                     TransactionManager transactions, MongoTemplate live, ReadModelDatabase database) {
        this.readModels = List.copyOf(readModels);
        this.history = history;
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.live = live;
        this.database = database;
        this.clock = Clock.systemUTC();
    }

    public RebuildStatus status() {
        return status.get();
    }

    /**
     * Starts a rebuild in the background.
     *
     * @throws AlreadyRunning when one is under way
     */
    public RebuildStatus start() {
        begin();
        Thread worker = new Thread(this::runBegun, "read-model-rebuild");
        worker.setDaemon(true);
        worker.start();
        return status.get();
    }

    /** Runs a whole rebuild on this thread and answers how it ended (for the benchmark and tests). */
    public RebuildStatus run() {
        begin();
        runBegun();
        return status.get();
    }

    private void begin() {
        RebuildStatus current = status.get();
        RebuildStatus started = new RebuildStatus(State.RUNNING, Stage.REPLAYING, 0, history.headPosition(), 0,
                null, clock.instant(), null, null, 0, List.of(), List.of(), groups(), null, null);
        if (current.running() || !status.compareAndSet(current, started)) {
            throw new AlreadyRunning();
        }
    }

    private void runBegun() {
        List<StreamingEventProcessor> held = new ArrayList<>();
        String rebuiltName = null;
        boolean switched = false;
        String previous = database.current();
        Map<RebuildableReadModel, ReadModelReplay> replays = new LinkedHashMap<>();
        long pauseStart = 0;
        long pausedMillis = 0;
        try {
            Map<String, StreamingEventProcessor> processors = processorsOf(readModels);
            database.leftovers().forEach(name -> database.database(name).drop());
            rebuiltName = database.next();
            MongoTemplate target = new MongoTemplate(new SimpleMongoClientDatabaseFactory(clientOf(), rebuiltName),
                    live.getConverter());
            for (RebuildableReadModel model : readModels) {
                replays.put(model, model.replayInto(target));
            }

            TrackingToken rebuilt = replayAll(replays);
            stage(Stage.WRITING);
            replays.forEach(ReadModelRebuild::finish);
            stage(Stage.CATCHING_UP);
            rebuilt = catchUpWithTheStore(rebuilt, replays);

            List<RebuildableReadModel> behind = behind(rebuilt, processors);
            List<RebuildableReadModel> compared = readModels.stream().filter(model -> !behind.contains(model)).toList();
            stage(Stage.COMPARING);
            long comparing = System.nanoTime();
            ReadModelComparison whileLive = ReadModelComparison.of(live.getDb(), target.getDb(), collections(compared),
                    0);
            LOG.info("Comparison while the live side went on: {} ms, {} documents to check again",
                    (System.nanoTime() - comparing) / 1_000_000,
                    whileLive.differingOrMissing().values().stream().mapToInt(List::size).sum()
                            + whileLive.extra().values().stream().mapToInt(List::size).sum());

            stage(Stage.HOLDING);
            pauseStart = System.nanoTime();
            Map<RebuildableReadModel, TrackingToken> liveAt = holdLiveProcessors(processors, held);
            liveAt.keySet().removeAll(behind);
            catchUp(rebuilt, replays, liveAt);
            replays.forEach(ReadModelRebuild::finish);
            ReadModelComparison comparison = ReadModelComparison.again(live.getDb(), target.getDb(), whileLive,
                    SHOWN_DIFFERENCES);
            stage(Stage.SWITCHING);
            TrackingToken rebuildPoint = rebuilt;
            behind.forEach(model -> goOnFrom(rebuildPoint, processors.get(model.processingGroup()).getName()));
            database.switchTo(rebuiltName);
            switched = true;
            readModels.forEach(RebuildableReadModel::documentsReplaced);
            LOG.info("Held {} ms: caught up, compared again and switched to {}",
                    (System.nanoTime() - pauseStart) / 1_000_000, rebuiltName);
            held.forEach(StreamingEventProcessor::start);
            held.clear();
            pausedMillis = (System.nanoTime() - pauseStart) / 1_000_000;

            List<String> notCompared = behind.stream().map(RebuildableReadModel::processingGroup).sorted().toList();
            Boolean identical = notCompared.isEmpty() ? comparison.identical() : null;
            RebuildStatus progress = status.get();
            status.set(new RebuildStatus(State.DONE, null, progress.eventsDone(), progress.eventsDone(),
                    progress.eventsPerSecond(), 0L, progress.startedAt(), clock.instant(), identical,
                    comparison.documentsCompared(), comparison.differences(), notCompared, groups(), pausedMillis,
                    null));
            LOG.info("Read models rebuilt from {} events at {} events/s; identical to the live ones: {}{}",
                    progress.eventsDone(), Math.round(progress.eventsPerSecond()), identical,
                    notCompared.isEmpty() ? "" : " (live processors behind the rebuild, taken over: " + notCompared + ")");
        } catch (RuntimeException failure) {
            LOG.error("The rebuild of the read models failed; the live read models are left as they were", failure);
            RebuildStatus progress = status.get();
            status.set(new RebuildStatus(State.FAILED, null, progress.eventsDone(), progress.eventsTotal(),
                    progress.eventsPerSecond(), null, progress.startedAt(), clock.instant(), null, 0, List.of(),
                    List.of(), groups(), pauseStart == 0 ? null : (System.nanoTime() - pauseStart) / 1_000_000,
                    String.valueOf(failure.getMessage())));
        } finally {
            held.forEach(StreamingEventProcessor::start);
            replays.values().forEach(ReadModelReplay::close);
            if (switched) {
                dropPrevious(previous);
            } else if (rebuiltName != null) {
                database.database(rebuiltName).drop();
            }
        }
    }

    /** The read models' former database, now in use by nobody: the base keeps the tokens, so only its read models go. */
    private void dropPrevious(String previous) {
        if (previous.equals(database.base().getName())) {
            List<String> present = database.base().listCollectionNames().into(new ArrayList<>());
            collections().stream().filter(present::contains)
                    .forEach(collection -> database.base().getCollection(collection).drop());
        } else {
            database.database(previous).drop();
        }
    }

    private MongoClient clientOf() {
        return database.client();
    }

    /**
     * Applies the events stored since the replay began, with the same folds, round after round,
     * until a round finds few enough to apply while the live processors are held.
     */
    private TrackingToken catchUpWithTheStore(TrackingToken rebuilt, Map<RebuildableReadModel, ReadModelReplay> replays) {
        TrackingToken reached = rebuilt;
        for (int round = 0; round < CATCH_UP_ROUNDS; round++) {
            long applied = 0;
            try (Stream<? extends TrackedEventMessage<?>> events = history.readAfter(reached)) {
                Iterator<? extends TrackedEventMessage<?>> stored = events.iterator();
                while (stored.hasNext()) {
                    TrackedEventMessage<?> event = stored.next();
                    replays.values().forEach(replay -> replay.apply(event));
                    reached = event.trackingToken();
                    applied++;
                }
            }
            replays.values().forEach(ReadModelReplay::finish);
            counted(applied);
            if (applied <= CLOSE_BEHIND) {
                break;
            }
        }
        return reached;
    }

    /** Adds events applied after the replay to the figures the screen shows. */
    private void counted(long applied) {
        status.updateAndGet(progress -> new RebuildStatus(State.RUNNING, progress.stage(),
                progress.eventsDone() + applied, progress.eventsTotal() + applied, progress.eventsPerSecond(), 0L,
                progress.startedAt(), null, null, 0, List.of(), List.of(), progress.readModels(), null, null));
    }

    /**
     * Gives every live processor a moment to apply everything the rebuild has (live, they keep up
     * with the store) and answers the read models whose processor is still behind it: those are
     * taken over at the rebuild's point, without comparison.
     */
    private List<RebuildableReadModel> behind(TrackingToken rebuilt, Map<String, StreamingEventProcessor> processors) {
        Instant limit = clock.instant().plus(LIVE_CATCH_UP_WAIT);
        for (StreamingEventProcessor processor : processors.values()) {
            while (rebuilt != null && !hasApplied(processor, rebuilt) && clock.instant().isBefore(limit)) {
                sleep();
            }
        }
        return readModels.stream()
                .filter(model -> rebuilt != null && !hasApplied(processors.get(model.processingGroup()), rebuilt))
                .toList();
    }

    /** Every event stored now, into every read model; answers the position reached. */
    private TrackingToken replayAll(Map<RebuildableReadModel, ReadModelReplay> replays) {
        long started = System.nanoTime();
        long total = Math.max(1, history.headPosition());
        TrackingToken[] reached = {null};
        long[] done = {0};
        List<RebuildableReadModel> models = List.copyOf(replays.keySet());
        ReadModelReplay[] all = models.stream().map(replays::get).toArray(ReadModelReplay[]::new);
        long[] nanos = new long[all.length];
        Prefetch.forEach(history.readAfter(null), event -> {
            for (int i = 0; i < all.length; i++) {
                long before = System.nanoTime();
                all[i].apply(event);
                nanos[i] += System.nanoTime() - before;
            }
            reached[0] = event.trackingToken();
            if (++done[0] % PROGRESS_EVERY == 0) {
                progress(done[0], Math.max(total, done[0]), started);
            }
        });
        progress(done[0], Math.max(total, done[0]), started);
        for (int i = 0; i < all.length; i++) {
            LOG.info("Replay of {}: {} ms folding {} events", models.get(i).processingGroup(), nanos[i] / 1_000_000,
                    done[0]);
        }
        return reached[0];
    }

    private void stage(Stage next) {
        status.updateAndGet(current -> current.at(next));
    }

    /** Writes what a replay still holds, and says how long that took: on the embedded store, most of a rebuild. */
    private static void finish(RebuildableReadModel model, ReadModelReplay replay) {
        long started = System.nanoTime();
        replay.finish();
        LOG.info("Writing of {}: {} ms", model.processingGroup(), (System.nanoTime() - started) / 1_000_000);
    }

    private void progress(long done, long total, long startedNanos) {
        double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
        double rate = done / seconds;
        Long left = rate > 0 ? Math.round((total - done) / rate) : null;
        RebuildStatus before = status.get();
        status.set(new RebuildStatus(State.RUNNING, Stage.REPLAYING, done, total, rate, left, before.startedAt(), null, null, 0,
                List.of(), List.of(), before.readModels(), null, null));
    }

    /**
     * Holds every live processor, all at once (an idle one ends its wait for the next event before it
     * stops, up to a second each), and answers where each one stands.
     */
    private Map<RebuildableReadModel, TrackingToken> holdLiveProcessors(
            Map<String, StreamingEventProcessor> processors, List<StreamingEventProcessor> held) {
        List<StreamingEventProcessor> toHold = readModels.stream()
                .map(model -> processors.get(model.processingGroup())).toList();
        held.addAll(toHold);
        ExecutorService stopping = Executors.newFixedThreadPool(Math.max(1, toHold.size()));
        try {
            CompletableFuture.allOf(toHold.stream()
                    .map(processor -> CompletableFuture.runAsync(() -> ProcessorStop.shutDown(processor, STOP_LIMIT),
                            stopping))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            stopping.shutdown();
        }
        Map<RebuildableReadModel, TrackingToken> liveAt = new HashMap<>();
        for (RebuildableReadModel model : readModels) {
            liveAt.put(model, storedToken(processors.get(model.processingGroup()).getName()));
        }
        return liveAt;
    }

    private static boolean hasApplied(StreamingEventProcessor processor, TrackingToken rebuilt) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        return !segments.isEmpty() && segments.values().stream()
                .allMatch(segment -> covers(segment.getTrackingToken(), rebuilt));
    }

    private static boolean covers(TrackingToken processor, TrackingToken rebuilt) {
        return processor != null && WrappedToken.unwrapLowerBound(processor).covers(rebuilt);
    }

    /**
     * A processor that was behind the rebuild goes on from the rebuild's point, as its read model now
     * stands. One already there (a processor found stopped, whose status says nothing) keeps its
     * token: Axon's Mongo token store takes an update that changes nothing, the claim made in the
     * same millisecond, for a claim refused (seen in the rebuild bench, one run in two).
     */
    private void goOnFrom(TrackingToken rebuilt, String processorName) {
        transactions.executeInTransaction(() -> {
            int segment = tokenStore.fetchSegments(processorName)[0];
            TrackingToken stored = tokenStore.fetchToken(processorName, segment);
            if (!rebuilt.equals(stored)) {
                tokenStore.storeToken(rebuilt, processorName, segment);
            }
            tokenStore.releaseClaim(processorName, segment);
        });
    }

    private TrackingToken storedToken(String processorName) {
        return transactions.fetchInTransaction(() -> {
            int[] segments = tokenStore.fetchSegments(processorName);
            if (segments.length != 1) {
                throw new IllegalStateException("The rebuild holds processors of one segment; " + processorName
                        + " has " + segments.length);
            }
            TrackingToken token = tokenStore.fetchToken(processorName, segments[0]);
            tokenStore.releaseClaim(processorName, segments[0]);
            return token == null ? null : WrappedToken.unwrapLowerBound(token);
        });
    }

    /** The events each live processor applied after the point the rebuild reached, and only those. */
    private void catchUp(TrackingToken rebuilt, Map<RebuildableReadModel, ReadModelReplay> replays,
                         Map<RebuildableReadModel, TrackingToken> liveAt) {
        long last = liveAt.values().stream().mapToLong(ReadModelRebuild::positionOf).max().orElse(0);
        long caughtUp = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = history.readAfter(rebuilt)) {
            Iterator<? extends TrackedEventMessage<?>> stored = events.iterator();
            while (stored.hasNext()) {
                TrackedEventMessage<?> event = stored.next();
                if (positionOf(event.trackingToken()) > last) {
                    break;
                }
                caughtUp++;
                for (RebuildableReadModel model : readModels) {
                    if (applied(liveAt.get(model), event.trackingToken())) {
                        replays.get(model).apply(event);
                    }
                }
            }
        }
        counted(caughtUp);
    }

    /** Whether a processor standing at {@code processor} has applied the event at {@code event}. */
    static boolean applied(TrackingToken processor, TrackingToken event) {
        if (processor == null) {
            return false;
        }
        if (processor instanceof GapAwareTrackingToken stood && event instanceof GapAwareTrackingToken at) {
            return at.getIndex() <= stood.getIndex() && !stood.getGaps().contains(at.getIndex());
        }
        return processor.covers(event);
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(Long.MAX_VALUE);
    }

    /** The live processor of every read model; a tracking processor without a read model here is an error. */
    private Map<String, StreamingEventProcessor> processorsOf(List<RebuildableReadModel> models) {
        Map<String, StreamingEventProcessor> processors = new HashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
            }
        });
        Set<String> covered = new TreeSet<>(groups());
        Set<String> uncovered = new TreeSet<>(processors.keySet());
        uncovered.removeAll(covered);
        Set<String> unknown = new TreeSet<>(covered);
        unknown.removeAll(processors.keySet());
        if (!uncovered.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalStateException("Every tracking processor needs a rebuildable read model: without one "
                    + uncovered + ", without a processor " + unknown);
        }
        return processors;
    }

    private List<String> groups() {
        return readModels.stream().map(RebuildableReadModel::processingGroup).sorted().toList();
    }

    private List<String> collections() {
        return collections(readModels);
    }

    private static List<String> collections(java.util.Collection<RebuildableReadModel> models) {
        return models.stream().flatMap(model -> model.collections().stream()).distinct().sorted().toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The rebuild was interrupted", e);
        }
    }

    /** A rebuild is under way: one at a time. */
    @PublicName("RebuildRunning")
    public static class AlreadyRunning extends RuntimeException {
        AlreadyRunning() {
            super("A rebuild of the read models is under way; wait for it to finish.", null, false, false);
        }
    }
}
