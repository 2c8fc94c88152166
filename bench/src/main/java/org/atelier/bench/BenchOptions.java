package org.atelier.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What a run does: the audience sizes, how many ideas are measured at each size after how many
 * warm-up ideas, how far apart they are posted, how long the last one may take to reach every
 * screen before it counts as missing, and how many ideas the JVM's warm-up round posts first.
 */
record BenchOptions(List<Integer> audiences, int ideas, int warmUp, Duration spacing, Duration deliveryTimeout,
                    int jitWarmUp) {

    static final String USAGE = "options: --n=10,100,1000 --ideas=50 --warmup=10 --spacing-ms=50 --timeout-s=60"
            + " --jit-warmup=2000";

    /** The warm-up round's ideas follow each other as soon as answered, or nearly: it only has to run the code. */
    private static final Duration JIT_WARM_UP_SPACING = Duration.ofMillis(10);

    static BenchOptions parse(String... args) {
        List<Integer> audiences = List.of(10, 100, 1000);
        int ideas = 50;
        int warmUp = 10;
        long spacingMillis = 50;
        long timeoutSeconds = 60;
        int jitWarmUp = 2000;
        for (String arg : args) {
            String[] option = arg.split("=", 2);
            if (option.length != 2) {
                throw new IllegalArgumentException("Unknown argument " + arg + "; " + USAGE);
            }
            String value = option[1];
            switch (option[0]) {
                case "--n" -> audiences = Arrays.stream(value.split(","))
                        .map(String::strip)
                        .map(Integer::valueOf)
                        .toList();
                case "--ideas" -> ideas = Integer.parseInt(value);
                case "--warmup" -> warmUp = Integer.parseInt(value);
                case "--spacing-ms" -> spacingMillis = Long.parseLong(value);
                case "--timeout-s" -> timeoutSeconds = Long.parseLong(value);
                case "--jit-warmup" -> jitWarmUp = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("Unknown option " + option[0] + "; " + USAGE);
            }
        }
        if (audiences.isEmpty() || audiences.stream().anyMatch(n -> n < 1) || ideas < 1 || warmUp < 0
                || spacingMillis < 0 || timeoutSeconds < 1 || jitWarmUp < 1) {
            throw new IllegalArgumentException("Sizes and counts must be positive; " + USAGE);
        }
        return new BenchOptions(audiences, ideas, warmUp, Duration.ofMillis(spacingMillis),
                Duration.ofSeconds(timeoutSeconds), jitWarmUp);
    }

    /** The JVM's warm-up round: {@link #jitWarmUp} ideas, close together, after the same warm-up ideas. */
    BenchOptions jitRound() {
        return new BenchOptions(audiences, jitWarmUp, warmUp, JIT_WARM_UP_SPACING, deliveryTimeout, jitWarmUp);
    }
}
