package org.atelier.bench.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short version of the crash bench, in the suite: the packaged application (built by the web
 * module before this one) under load from several threads, killed with SIGKILL at random moments
 * three times and started again on its data folder. The twenty-cycle run is
 * {@code atelier-bench.jar crash} (README, "Crashes").
 */
class CrashRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    void threeKillsLoseNothingAcknowledgedAndEveryReadModelEndsAsARebuildMakesIt() throws Exception {
        Path jar = CrashBench.packagedApplication(Path.of("..", "web", "target"));

        List<CrashRun.Cycle> cycles = new CrashRun(jar, dataDir, 3, System.nanoTime(), System.out).run();

        assertThat(cycles).hasSize(3);
        assertThat(cycles).allSatisfy(cycle -> {
            assertThat(cycle.problems()).as("cycle %d", cycle.number()).isEmpty();
            assertThat(cycle.lost()).isZero();
            assertThat(cycle.doubled()).isZero();
            assertThat(cycle.firstWriteMillis()).isLessThan(3000);
            assertThat(cycle.identical()).isTrue();
        });
        assertThat(cycles.stream().mapToInt(CrashRun.Cycle::acknowledged).sum())
                .as("the load was acknowledged between the kills").isPositive();
        assertThat(startLogs()).isNotEmpty().allSatisfy(log -> assertThat(Files.readString(log))
                .as("the packaged application starts from its build's bean definitions (%s)", log)
                .contains("Starting AOT-processed AtelierApplication"));
    }

    private List<Path> startLogs() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(file -> file.getFileName().toString().matches("app-\\d+\\.log")).toList();
        }
    }
}
