package org.atelier.bench.throughput;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.atelier.bench.crash.CrashBench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short version of the throughput bench, in the suite, for correctness and not for speed: the
 * packaged application (built by the web module before this one) under two short rounds, one writer
 * alone and six writers in two workshops, with the whole mix; every screen must have received every
 * acknowledged change once, in position order, with no gap, and no command may fail. The measured
 * run is {@code atelier-bench.jar throughput} (README, "Throughput").
 */
class ThroughputCheckTest {

    @TempDir
    Path dataDir;

    @Test
    void everyScreenReceivesEveryAcknowledgedChangeOnceInOrderUnderConcurrentWriters() throws Exception {
        Path jar = CrashBench.packagedApplication(Path.of("..", "web", "target"));
        ThroughputOptions options = ThroughputOptions.parse("--workshops=2", "--writers=6", "--warmup=1s",
                "--duration=8s", "--single=3s", "--seed=3");

        ThroughputRun.Report report = new ThroughputRun(jar, dataDir, options, System.out).run();

        assertThat(report.rounds()).extracting(Round.Result::name).containsExactly("one writer", "concurrent");
        assertThat(report.rounds()).allSatisfy(round -> {
            assertThat(round.failures()).as(round.name()).isEmpty();
            assertThat(round.failed()).as(round.name()).isZero();
            assertThat(round.screens()).as(round.name()).hasSize(round.workshops())
                    .allSatisfy(screen -> assertThat(screen.problems()).as(screen.workshopId()).isEmpty());
        });
        Round.Result concurrent = report.rounds().get(1);
        // With this seed the first writer's first three commands are a dot, a move and an idea.
        assertThat(concurrent.acknowledgedByKind()).as("ideas, dots and moves were all acknowledged")
                .containsOnlyKeys(Kind.values()).allSatisfy((kind, count) -> assertThat(count).isPositive());
        assertThat(concurrent.screens().stream().mapToLong(ScreenCheck.Findings::applied).sum())
                .as("the screens applied at least every measured acknowledged change")
                .isGreaterThanOrEqualTo(concurrent.acknowledged());
        assertThat(report.passed()).isTrue();
    }
}
