package org.atelier.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.atelier.AtelierApplication;
import org.atelier.query.processing.ProcessorStop;
import org.atelier.query.rebuild.ReadModelRebuild;
import org.atelier.query.rebuild.RebuildStatus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rebuilding every read model from a programme of a million events: generates the programme
 * straight into the event store (not measured), lets the live processors build the read models
 * (the per-event path, measured), then rebuilds them all and prints events per second and memory.
 *
 * <p>Run on demand, not by the test suite: see the README's Performance section.
 */
final class RebuildBench {

    static final String USAGE = "options: --events=1000000 --data=<folder to keep the programme in> --seed=1"
            + " --live-path=measure|skip --live-limit-s=120";
    private static final int APPEND_BATCH = 2_000;

    private final PrintStream out = System.out;
    private final long events;
    private final Path keptData;
    private final long seed;
    private final boolean measureLivePath;
    private final long liveLimitSeconds;

    private RebuildBench(String... args) {
        long events = 1_000_000;
        Path keptData = null;
        long seed = 1;
        boolean measureLivePath = true;
        long liveLimitSeconds = 120;
        for (String arg : args) {
            String[] option = arg.split("=", 2);
            if (option.length != 2) {
                throw new IllegalArgumentException("Unknown argument " + arg + "; " + USAGE);
            }
            switch (option[0]) {
                case "--events" -> events = Long.parseLong(option[1]);
                case "--data" -> keptData = Path.of(option[1]);
                case "--seed" -> seed = Long.parseLong(option[1]);
                case "--live-path" -> measureLivePath = switch (option[1]) {
                    case "measure" -> true;
                    case "skip" -> false;
                    default -> throw new IllegalArgumentException("--live-path is measure or skip; " + USAGE);
                };
                case "--live-limit-s" -> liveLimitSeconds = Long.parseLong(option[1]);
                default -> throw new IllegalArgumentException("Unknown option " + option[0] + "; " + USAGE);
            }
        }
        this.events = events;
        this.keptData = keptData;
        this.seed = seed;
        this.measureLivePath = measureLivePath;
        this.liveLimitSeconds = liveLimitSeconds;
    }

    static void main(String... args) {
        int status;
        try {
            status = new RebuildBench(args).run();
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            status = 2;
        } catch (Exception failure) {
            failure.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private int run() throws Exception {
        Runtime runtime = Runtime.getRuntime();
        out.printf("Atelier rebuild benchmark%nJVM: %s %s, cores: %d, max heap (-Xmx): %d MiB%n",
                System.getProperty("java.vm.name"), System.getProperty("java.vm.version"),
                runtime.availableProcessors(), runtime.maxMemory() >> 20);
        Path dataDir = keptData != null ? keptData : Files.createTempDirectory("atelier-rebuild-bench-");
        ConfigurableApplicationContext atelier = AtelierApplication.run("--server.port=0",
                "--server.address=127.0.0.1", "--atelier.data-dir=" + dataDir, "--atelier.organiser-key=bench",
                "--logging.level.root=WARN", "--logging.level.org.atelier.query.rebuild=INFO",
                "--spring.main.banner-mode=off");
        try {
            EventStore eventStore = atelier.getBean(EventStore.class);
            List<TrackingEventProcessor> processors = processors(atelier);
            long stored = head(eventStore);
            boolean generated = stored == 0;
            if (generated) {
                processors.forEach(RebuildBench::stop);
                generate(atelier);
                stored = head(eventStore);
                long bytes = Files.size(dataDir.resolve("events.mv.db"));
                out.printf("Event store on disk after generation: %,d bytes, %,.0f bytes an event%n", bytes,
                        (double) bytes / stored);
                if (measureLivePath) {
                    livePath(processors, stored);
                } else {
                    out.println("Live path not measured (--live-path=skip).");
                }
            } else {
                out.printf("Reusing the %,d events kept in %s%n", stored, dataDir);
            }
            // The live processors would spend the run on their backlog, event by event: held, so that the first
            // rebuild builds the read models and takes them over (after waiting 10 s for them, then on).
            processors.forEach(RebuildBench::stop);
            out.printf(generated ? "%nRebuild 1: the live read models are behind the store; the rebuild takes them over%n"
                    : "%nRebuild 1: on the read models kept by an earlier run; taken over if they are behind the store%n");
            int first = rebuild(atelier);
            out.printf("%nRebuild 2: the live processors are caught up; the rebuild is compared with them%n");
            int second = rebuild(atelier);
            return Math.max(first, second);
        } finally {
            atelier.close();
            if (keptData == null) {
                delete(dataDir);
            }
        }
    }

    private int rebuild(ConfigurableApplicationContext atelier) {
        ReadModelRebuild rebuild = atelier.getBean(ReadModelRebuild.class);
        System.gc();
        out.printf("Rebuild of every read model (%s): drop, replay, compare with the live ones, switch%n",
                String.join(", ", rebuild.status().readModels().isEmpty() ? List.of("all") : rebuild.status().readModels()));
        long start = System.nanoTime();
        RebuildStatus done;
        HeapWatch heap = new HeapWatch();
        try (heap) {
            done = rebuild.run();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("Rebuild %s: %,d events in %.1f s overall, %,.0f events/s while replaying; live processors held %d ms%n",
                done.state(), done.eventsDone(), seconds, done.eventsPerSecond(), done.pausedMillis());
        out.printf("Identical to the live read models: %s (%,d documents compared)%n", done.identical(),
                done.documentsCompared());
        done.differences().forEach(difference -> out.printf("  %s%n", difference));
        if (done.failure() != null) {
            out.printf("Failure: %s%n", done.failure());
        }
        out.printf("Memory during the rebuild: %s%n", heap.report());
        return done.state() == RebuildStatus.State.DONE ? 0 : 1;
    }

    private void generate(ConfigurableApplicationContext atelier) {
        EventStorageEngine storage = atelier.getBean(EventStorageEngine.class);
        TransactionManager transactions = atelier.getBean(TransactionManager.class);
        List<EventMessage<?>> batch = new ArrayList<>(APPEND_BATCH);
        long[] count = {0};
        long start = System.nanoTime();
        new Programme(seed).generate(events, event -> {
            batch.add(event);
            if (batch.size() == APPEND_BATCH) {
                transactions.executeInTransaction(() -> storage.appendEvents(batch));
                count[0] += batch.size();
                batch.clear();
                if (count[0] % 100_000 < APPEND_BATCH) {
                    out.printf("  generated %,d events%n", count[0]);
                }
            }
        });
        transactions.executeInTransaction(() -> storage.appendEvents(batch));
        count[0] += batch.size();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("Generated %,d events straight into the event store in %.1f s (not part of any figure)%n",
                count[0], seconds);
    }

    /**
     * The live path: the tracking processors build every read model from the first event, each in
     * batches; the slowest one's position is followed, and each one's is printed at the end.
     */
    private void livePath(List<TrackingEventProcessor> processors, long head) throws InterruptedException {
        out.printf("Live path: the tracking processors build the read models from %,d events"
                + " (the slowest one's position is followed)%n", head);
        long start = System.nanoTime();
        processors.forEach(TrackingEventProcessor::start);
        long limit = start + liveLimitSeconds * 1_000_000_000L;
        long reported = start;
        while (true) {
            long slowest = processors.stream().mapToLong(RebuildBench::position).min().orElse(0);
            long now = System.nanoTime();
            if (slowest >= head) {
                double seconds = (now - start) / 1e9;
                out.printf("Live path: %,d events in %.1f s, %,.0f events/s%n", head, seconds, head / seconds);
                printPositions(processors);
                return;
            }
            if (now > limit) {
                double seconds = (now - start) / 1e9;
                out.printf("Live path stopped after %.0f s (--live-limit-s) at %,d of %,d events: %,.0f events/s%n",
                        seconds, slowest, head, slowest / seconds);
                printPositions(processors);
                return;
            }
            if (now - reported > 10_000_000_000L) {
                reported = now;
                out.printf("  live path at %,d events, %,.0f events/s (%s)%n", slowest, slowest / ((now - start) / 1e9),
                        positions(processors));
            }
            Thread.sleep(200);
        }
    }

    private static String positions(List<TrackingEventProcessor> processors) {
        return processors.stream().map(processor -> String.format("%s %,d", processor.getName(), position(processor)))
                .collect(Collectors.joining(", "));
    }

    private void printPositions(List<TrackingEventProcessor> processors) {
        processors.forEach(processor -> out.printf("  %s at %,d%n", processor.getName(), position(processor)));
    }

    /** Held once launched, waiting for a batch of its own (see {@link ProcessorStop}). */
    private static void stop(TrackingEventProcessor processor) {
        ProcessorStop.shutDown(processor, Duration.ofMinutes(10));
    }

    private static long position(TrackingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(0))
                .min().orElse(0);
    }

    private static long head(EventStore eventStore) {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private static List<TrackingEventProcessor> processors(ConfigurableApplicationContext atelier) {
        return atelier.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance)
                .map(TrackingEventProcessor.class::cast)
                .toList();
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
