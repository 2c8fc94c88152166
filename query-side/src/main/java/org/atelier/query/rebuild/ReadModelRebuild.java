package org.atelier.query.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.atelier.query.rebuild.RebuildStatus.Stage;
import org.atelier.query.rebuild.RebuildStatus.State;
import org.axonframework.common.ProcessRetriesExhaustedException;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;

/**
 * Drops and rebuilds every read model from the event store, without stopping the live ones:
 *
 * <ol>
 *   <li>every read model is folded again into a fresh database, from the first event to the last
 *       one stored, while the live processors go on serving the screens;</li>
 *   <li>once the live processors have passed that point they are held, and the rebuild applies
 *       exactly the events they applied beyond it, so both sides stand at the same event (a live
 *       processor still behind that point, itself catching up, is not waited for: its read model
 *       is taken over at the rebuild's point, and cannot be compared);</li>
 *   <li>both sides are compared document by document (the result says whether they are identical,
 *       and the first differences);</li>
 *   <li>the rebuilt documents replace the live ones that differ (and live ones the rebuild lacks
 *       go), and the processors go on from where they were held, which is where the rebuild
 *       stopped: no event is applied twice, none is skipped.</li>
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
    private static final String REBUILD_DATABASE_SUFFIX = "-rebuild";
    private static final int WRITE_BATCH = 50;

    private final List<RebuildableReadModel> readModels;
    private final HistorySource history;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final MongoTemplate live;
    private final MongoClient client;
    private final Clock clock;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.idle());

    ReadModelRebuild(List<RebuildableReadModel> readModels, HistorySource history,
                     EventProcessingConfiguration processing, TokenStore tokenStore,
                     TransactionManager transactions, MongoTemplate live, MongoClient client) {
        this.readModels = List.copyOf(readModels);
        this.history = history;
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.live = live;
        this.client = client;
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
        MongoTemplate target = null;
        Map<RebuildableReadModel, ReadModelReplay> replays = new HashMap<>();
        try {
            Map<String, StreamingEventProcessor> processors = processorsOf(readModels);
            target = freshTarget();
            for (RebuildableReadModel model : readModels) {
                replays.put(model, model.replayInto(target));
            }

            TrackingToken rebuilt = replayAll(replays);
            stage(Stage.HOLDING);
            long pauseStart = System.nanoTime();
            Map<RebuildableReadModel, TrackingToken> liveAt = holdLiveProcessors(rebuilt, processors, held);
            List<RebuildableReadModel> behind = readModels.stream()
                    .filter(model -> rebuilt != null && !covers(liveAt.get(model), rebuilt))
                    .toList();
            liveAt.keySet().removeAll(behind);
            catchUp(rebuilt, replays, liveAt);
            stage(Stage.WRITING);
            replays.forEach(ReadModelRebuild::finish);
            // What the replays held in memory is written: let it go before the comparison reads both sides.
            replays.values().forEach(ReadModelReplay::close);
            replays.clear();

            stage(Stage.COMPARING);
            long comparing = System.nanoTime();
            ReadModelComparison comparison = ReadModelComparison.of(live.getDb(), target.getDb(),
                    collections(liveAt.keySet()), SHOWN_DIFFERENCES);
            ReadModelComparison takenOver = ReadModelComparison.of(live.getDb(), target.getDb(), collections(behind), 0);
            stage(Stage.SWITCHING);
            long switching = System.nanoTime();
            replaceLiveDocuments(comparison, target.getDb());
            replaceLiveDocuments(takenOver, target.getDb());
            readModels.forEach(RebuildableReadModel::documentsReplaced);
            LOG.info("Comparison: {} ms; switch: {} ms", (switching - comparing) / 1_000_000,
                    (System.nanoTime() - switching) / 1_000_000);
            behind.forEach(model -> goOnFrom(rebuilt, processors.get(model.processingGroup()).getName()));
            long pausedMillis = (System.nanoTime() - pauseStart) / 1_000_000;
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
                    List.of(), groups(), null, String.valueOf(failure.getMessage())));
        } finally {
            held.forEach(StreamingEventProcessor::start);
            replays.values().forEach(ReadModelReplay::close);
            if (target != null) {
                target.getDb().drop();
            }
        }
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
     * Gives every live processor a moment to apply everything the rebuild has (live, they keep up
     * with the store), then holds them all and answers where each one stands. One still behind
     * (it was catching up itself) is left behind: its read model is taken over at the rebuild's point.
     */
    private Map<RebuildableReadModel, TrackingToken> holdLiveProcessors(
            TrackingToken rebuilt, Map<String, StreamingEventProcessor> processors, List<StreamingEventProcessor> held) {
        Instant limit = clock.instant().plus(LIVE_CATCH_UP_WAIT);
        for (StreamingEventProcessor processor : processors.values()) {
            while (rebuilt != null && !hasApplied(processor, rebuilt) && clock.instant().isBefore(limit)) {
                sleep();
            }
        }
        Map<RebuildableReadModel, TrackingToken> liveAt = new HashMap<>();
        for (RebuildableReadModel model : readModels) {
            StreamingEventProcessor processor = processors.get(model.processingGroup());
            stop(processor);
            held.add(processor);
            liveAt.put(model, storedToken(processor.getName()));
        }
        return liveAt;
    }

    /** Shuts a processor down, waiting for a long batch of its own to end (Axon gives up after 10 s each time). */
    private void stop(StreamingEventProcessor processor) {
        Instant limit = clock.instant().plus(STOP_LIMIT);
        while (true) {
            try {
                processor.shutDown();
                return;
            } catch (ProcessRetriesExhaustedException busy) {
                if (clock.instant().isAfter(limit)) {
                    throw new IllegalStateException("The live processor " + processor.getName()
                            + " did not stop within " + STOP_LIMIT.toSeconds() + " s", busy);
                }
            }
        }
    }

    private static boolean hasApplied(StreamingEventProcessor processor, TrackingToken rebuilt) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        return !segments.isEmpty() && segments.values().stream()
                .allMatch(segment -> covers(segment.getTrackingToken(), rebuilt));
    }

    private static boolean covers(TrackingToken processor, TrackingToken rebuilt) {
        return processor != null && WrappedToken.unwrapLowerBound(processor).covers(rebuilt);
    }

    /** A processor that was behind the rebuild goes on from the rebuild's point, as its read model now stands. */
    private void goOnFrom(TrackingToken rebuilt, String processorName) {
        transactions.executeInTransaction(() -> {
            int segment = tokenStore.fetchSegments(processorName)[0];
            tokenStore.fetchToken(processorName, segment);
            tokenStore.storeToken(rebuilt, processorName, segment);
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
        RebuildStatus progress = status.get();
        status.set(new RebuildStatus(State.RUNNING, Stage.HOLDING, progress.eventsDone() + caughtUp,
                progress.eventsTotal() + caughtUp, progress.eventsPerSecond(), 0L, progress.startedAt(), null, null, 0,
                List.of(), List.of(), progress.readModels(), null, null));
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

    /**
     * The live collections become the rebuilt ones: every rebuilt document that differs replaces
     * its live one, and live documents the rebuild does not have go. Documents found identical are
     * left as they are (rewriting them would change nothing), and no collection is ever missing
     * or half-filled for the readers meanwhile.
     */
    private void replaceLiveDocuments(ReadModelComparison comparison, MongoDatabase rebuilt) {
        MongoDatabase current = live.getDb();
        comparison.differingOrMissing().forEach((collection, ids) -> {
            for (int from = 0; from < ids.size(); from += WRITE_BATCH) {
                List<Object> batch = ids.subList(from, Math.min(ids.size(), from + WRITE_BATCH));
                List<ReplaceOneModel<Document>> replacements = new ArrayList<>();
                rebuilt.getCollection(collection).find(Filters.in("_id", batch))
                        .batchSize(ReadModelComparison.READ_BATCH).forEach(document ->
                        replacements.add(new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document,
                                new ReplaceOptions().upsert(true))));
                current.getCollection(collection).bulkWrite(replacements);
            }
        });
        comparison.extra().forEach((collection, ids) ->
                current.getCollection(collection).deleteMany(Filters.in("_id", ids)));
    }

    private MongoTemplate freshTarget() {
        String name = live.getDb().getName() + REBUILD_DATABASE_SUFFIX;
        client.getDatabase(name).drop();
        return new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, name), live.getConverter());
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
    public static class AlreadyRunning extends RuntimeException {
        AlreadyRunning() {
            super("A rebuild of the read models is under way; wait for it to finish.", null, false, false);
        }
    }
}
