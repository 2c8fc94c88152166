package org.atelier.bench.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code crash [--cycles=20] [--data=target/crash-bench] [--app=<the exec jar>] [--seed=…]}: the
 * crash cycles of {@link CrashRun}, with a summary; exits non-zero when a cycle found a problem.
 */
public final class CrashBench {

    private CrashBench() {
    }

    public static void main(String[] args) throws Exception {
        int cycles = 20;
        Path data = Path.of("target", "crash-bench");
        Path app = null;
        long seed = System.nanoTime();
        for (String arg : args) {
            if (arg.startsWith("--cycles=")) {
                cycles = Integer.parseInt(arg.substring("--cycles=".length()));
            } else if (arg.startsWith("--data=")) {
                data = Path.of(arg.substring("--data=".length()));
            } else if (arg.startsWith("--app=")) {
                app = Path.of(arg.substring("--app=".length()));
            } else if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(arg.substring("--seed=".length()));
            } else {
                throw new IllegalArgumentException("Unknown option " + arg);
            }
        }
        Path jar = app != null ? app : packagedApplication(Path.of("web", "target"));
        Path folder = data.resolve("run-" + System.currentTimeMillis());
        System.out.printf("crash cycles: %d, application %s, data %s, seed %d%n", cycles, jar, folder, seed);
        List<CrashRun.Cycle> done = new CrashRun(jar, folder, cycles, seed, System.out).run();
        summarise(done);
        if (!done.stream().allMatch(CrashRun.Cycle::passed)) {
            System.exit(1);
        }
    }

    /** The runnable jar the web module packages. */
    public static Path packagedApplication(Path target) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches("web-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No web-…-exec.jar in " + target
                            + ": package the web module first"));
        }
    }

    private static void summarise(List<CrashRun.Cycle> cycles) {
        int acknowledged = cycles.stream().mapToInt(CrashRun.Cycle::acknowledged).sum();
        int lost = cycles.isEmpty() ? 0 : cycles.get(cycles.size() - 1).lost();
        int doubled = cycles.isEmpty() ? 0 : cycles.get(cycles.size() - 1).doubled();
        double[] converge = cycles.stream().mapToDouble(CrashRun.Cycle::convergeSeconds).sorted().toArray();
        long[] firstWrite = cycles.stream().mapToLong(CrashRun.Cycle::firstWriteMillis).sorted().toArray();
        double[] start = cycles.stream().mapToDouble(CrashRun.Cycle::startSeconds).sorted().toArray();
        long passed = cycles.stream().filter(CrashRun.Cycle::passed).count();
        System.out.printf("%d of %d cycles passed; %d commands acknowledged, lost %d, doubled %d; "
                        + "restart to ready %.1f–%.1f s; boards caught up %.1f–%.1f s after ready; "
                        + "first write then %d–%d ms%n",
                passed, cycles.size(), acknowledged, lost, doubled, start[0], start[start.length - 1], converge[0],
                converge[converge.length - 1], firstWrite[0], firstWrite[firstWrite.length - 1]);
    }
}
