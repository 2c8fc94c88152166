package org.atelier.bench.throughput;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.atelier.bench.EventStoreSize;
import org.atelier.bench.crash.AppProcess;
import org.atelier.bench.crash.Http;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged application started as a child process (so that its CPU time is its own, apart
 * from the clients'), with rate limits raised so that the load is never throttled, and the rounds
 * run against it: one writer alone, then the concurrent writers.
 */
final class ThroughputRun {

    private static final String ORGANISER_KEY = "throughput-organiser-key";
    /** Far above what the load sends: the limits are for abuse, the bench measures the rest. */
    private static final List<String> RAISED_LIMITS = List.of("--atelier.rate-limit.burst=1000000",
            "--atelier.rate-limit.per-second=1000000", "--atelier.rate-limit.join.burst=100000",
            "--atelier.rate-limit.join.per-minute=100000");

    /** How long the store is given without commands, still running, before its file is measured again. */
    static final Duration SETTLE = Duration.ofSeconds(10);

    /**
     * The event store's file as the last round ended, after {@link #SETTLE} without commands, and
     * once the application stopped, with the events it holds.
     */
    record StoreSize(long lastRoundEnded, long settled, EventStoreSize stopped) {

        double bytesPerEvent(long fileBytes) {
            return (double) fileBytes / Math.max(1, stopped.events());
        }
    }

    /** What a run gives: how long the application took to be ready, each round's result, and the store's size. */
    record Report(Duration start, List<Round.Result> rounds, StoreSize store) {

        boolean passed() {
            return rounds.stream().allMatch(Round.Result::passed);
        }
    }

    private final Path jar;
    private final Path dataDir;
    private final ThroughputOptions options;
    private final PrintStream out;

    ThroughputRun(Path jar, Path dataDir, ThroughputOptions options, PrintStream out) {
        this.jar = jar;
        this.dataDir = dataDir;
        this.options = options;
        this.out = out;
    }

    Report run() throws Exception {
        AppProcess app = new AppProcess(jar, dataDir, ORGANISER_KEY, RAISED_LIMITS);
        Duration start;
        List<Round.Result> results = new ArrayList<>();
        long storeBytesRunning;
        long storeBytesSettled;
        try {
            start = app.start();
            out.printf("application ready in %.1f s (port %d, log %s)%n", start.toMillis() / 1000.0, app.port(),
                    app.log());
            Round.Stage stage = new Round.Stage(app, new Http(app.port()), new StandardWebSocketClient(),
                    "ws://127.0.0.1:" + app.port() + "/ws", ORGANISER_KEY, new ObjectMapper());
            List<Round> rounds = new ArrayList<>();
            if (!options.single().isZero()) {
                rounds.add(new Round("one writer", 1, 1, options.warmUp(), options.single(), options.seed()));
            }
            rounds.add(new Round("concurrent", options.workshops(), options.writers(), options.warmUp(),
                    options.duration(), options.seed() + 1000));
            for (Round round : rounds) {
                Round.Result result = round.run(stage, UUID.randomUUID().toString().substring(0, 8));
                out.printf("round %s: %d acknowledged in %.0f s, screens %s%n", result.name(), result.acknowledged(),
                        result.seconds(), result.passed() ? "intact" : "NOT intact or commands failed");
                results.add(result);
            }
            storeBytesRunning = Files.size(dataDir.resolve(EventStoreSize.FILE));
            Thread.sleep(SETTLE.toMillis());
            storeBytesSettled = Files.size(dataDir.resolve(EventStoreSize.FILE));
        } finally {
            app.stop();
        }
        // Read once the application has stopped: H2 locks the file while it runs.
        return new Report(start, results, new StoreSize(storeBytesRunning, storeBytesSettled, EventStoreSize.of(dataDir)));
    }
}
