package org.atelier.bench.throughput;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;
import org.atelier.bench.crash.CrashBench;

/**
 * {@code throughput [--workshops=10] [--writers=32] [--duration=5m] [--warmup=20s] [--single=60s]
 * [--data=<folder>] [--app=<jar>] [--seed=…]}: acknowledged commands per second and answer times
 * of concurrent writers over HTTP, and of one writer alone, with every screen checked at the end.
 * Exits 1 when a command failed (an answer other than 2xx, 409 or 429, or none) or a screen missed,
 * repeated or reordered a change; a goal missed is printed, not an exit status.
 */
public final class ThroughputBench {

    private static final double RATE_GOAL = 1000;
    private static final double P99_GOAL_MILLIS = 100;
    private static final long STORE_GOAL_BYTES = 1024;
    private static final double SINGLE_P50_GOAL_MILLIS = 5;

    private final PrintStream out = System.out;

    private ThroughputBench() {
    }

    public static void main(String[] args) {
        ThroughputOptions options;
        try {
            options = ThroughputOptions.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.exit(2);
            return;
        }
        int status;
        try {
            status = new ThroughputBench().run(options) ? 0 : 1;
        } catch (Exception failure) {
            failure.printStackTrace();
            status = 1;
        }
        // Exit explicitly: the HTTP and STOMP clients' threads would otherwise keep the JVM up.
        System.exit(status);
    }

    private boolean run(ThroughputOptions options) throws Exception {
        Path jar = options.app() != null ? options.app() : CrashBench.packagedApplication(Path.of("web", "target"));
        Path dataDir = options.data() != null
                ? options.data().resolve("run-" + System.currentTimeMillis())
                : Files.createTempDirectory("atelier-throughput-");
        out.printf(Locale.ROOT, "Atelier throughput benchmark: %d workshops, %d writers, %d s measured after %d s of"
                        + " warm-up%s; seed %d%n", options.workshops(), options.writers(),
                options.duration().toSeconds(), options.warmUp().toSeconds(), options.single().isZero() ? ""
                        : "; one writer alone for " + options.single().toSeconds() + " s first", options.seed());
        out.printf("application %s as a child process on %s; clients (writers and screens) in this JVM;"
                + " %d cores shared by both%n", jar, dataDir, Runtime.getRuntime().availableProcessors());
        ThroughputRun.Report report = new ThroughputRun(jar, dataDir, options, out).run();
        print(report);
        if (report.passed() && options.data() == null) {
            delete(dataDir);
        } else if (!report.passed()) {
            out.printf("The data folder and the application's log are kept in %s%n", dataDir);
        }
        return report.passed();
    }

    private void print(ThroughputRun.Report report) {
        out.printf("%nEach writer sends one command at a time over HTTP with its participant token (the"
                + " facilitator's for moves):%nideas 60 %%, a dot cast on its own idea or taken back 30 %%, that"
                + " idea moved to the other cluster 10 %%.%nAnswer times are from sending to the 2xx, in ms;"
                + " CPU in cores, over the measured seconds.%n%n");
        out.println("round        workshops writers seconds acknowledged  per second |    p50     p99     max"
                + " | refused throttled failed | CPU server clients others");
        for (Round.Result round : report.rounds()) {
            out.println(String.format(Locale.ROOT, "%-12s %9d %7d %7.0f %12d %11.1f | %6.1f %7.1f %7.1f | %7d %9d %6d"
                            + " | %10.2f %7.2f %6.2f", round.name(), round.workshops(), round.writers(),
                    round.seconds(), round.acknowledged(), round.perSecond(), millis(round.answers(), 50),
                    millis(round.answers(), 99), round.answers().getMaxValue() / 1000.0, round.refused(),
                    round.throttled(), round.failed(), round.cpu().server(), round.cpu().clients(),
                    round.cpu().others()));
        }
        out.println("\nAnswer times by kind, p50 / p99 / max in ms (count):");
        for (Round.Result round : report.rounds()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s", round.name()));
            round.answersByKind().forEach((kind, answers) -> line.append(String.format(Locale.ROOT,
                    " | %-5s %6.1f / %6.1f / %7.1f (%d)", kind.name().toLowerCase(Locale.ROOT), millis(answers, 50),
                    millis(answers, 99), answers.getMaxValue() / 1000.0, answers.getTotalCount())));
            out.println(line);
        }
        out.println("\nScreens (one per workshop, subscribed throughout; every acknowledged change once, in position"
                + " order, no gap):");
        for (Round.Result round : report.rounds()) {
            long intact = round.screens().stream().filter(ScreenCheck.Findings::intact).count();
            long applied = round.screens().stream().mapToLong(ScreenCheck.Findings::applied).sum();
            out.printf(Locale.ROOT, "%-12s %d of %d intact, %,d changes applied, the last %.1f s after the last"
                    + " answer%n", round.name(), intact, round.screens().size(), applied, round.drainSeconds());
            round.screens().stream().filter(screen -> !screen.intact()).forEach(screen -> out.printf(
                    "  %s: %d gaps, %d repeats, %d acknowledged not shown, %d unexpected: %s%n", screen.workshopId(),
                    screen.gaps(), screen.repeats(), screen.missing(), screen.unexpected(), screen.problems()));
            round.failures().forEach(failure -> out.printf("  failed: %s%n", failure));
        }
        ThroughputRun.StoreSize store = report.store();
        out.printf(Locale.ROOT, "%nEvent store on disk for its %,d events: %,d bytes as the last round ended (%,.0f an"
                        + " event), %,d after %d s without commands (%,.0f), %,d once stopped (%,.0f)%n",
                store.stopped().events(), store.lastRoundEnded(), store.bytesPerEvent(store.lastRoundEnded()),
                store.settled(), ThroughputRun.SETTLE.toSeconds(), store.bytesPerEvent(store.settled()),
                store.stopped().fileBytes(), store.stopped().bytesPerEvent());
        printGoals(report);
    }

    private void printGoals(ThroughputRun.Report report) {
        out.println("\nGoals of issue 12:");
        for (Round.Result round : report.rounds()) {
            if (round.writers() == 1) {
                double p50 = millis(round.answers(), 50);
                out.printf(Locale.ROOT, "  one writer, p50 <= %.0f ms: %.1f ms, %s%n", SINGLE_P50_GOAL_MILLIS, p50,
                        verdict(p50 <= SINGLE_P50_GOAL_MILLIS));
            } else {
                double p99 = millis(round.answers(), 99);
                out.printf(Locale.ROOT, "  %d writers, >= %,.0f acknowledged commands/s: %,.1f, %s; p99 <= %.0f ms:"
                                + " %.1f ms, %s%n", round.writers(), RATE_GOAL, round.perSecond(),
                        verdict(round.perSecond() >= RATE_GOAL), P99_GOAL_MILLIS, p99, verdict(p99 <= P99_GOAL_MILLIS));
            }
        }
        ThroughputRun.StoreSize store = report.store();
        double whileWritten = store.bytesPerEvent(store.lastRoundEnded());
        double settled = store.bytesPerEvent(store.settled());
        out.printf(Locale.ROOT, "  event store <= %,d bytes an event: %,.0f as the commands ended, %s; %,.0f %d s"
                        + " later, %s%n", STORE_GOAL_BYTES, whileWritten, verdict(whileWritten <= STORE_GOAL_BYTES),
                settled, ThroughputRun.SETTLE.toSeconds(), verdict(settled <= STORE_GOAL_BYTES));
        out.println(report.passed() ? "Every command answered as expected and every screen intact."
                : "FAILED: a command failed or a screen is not intact (see above).");
    }

    private static double millis(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? Double.NaN : micros.getValueAtPercentile(percentile) / 1000.0;
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "MISSED";
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
