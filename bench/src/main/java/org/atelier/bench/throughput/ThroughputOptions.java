package org.atelier.bench.throughput;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a throughput run does: how many workshops and concurrent writers, how long the load is
 * measured after how long a warm-up, how long the single writer's round lasts (zero: none), where
 * the data folder goes (none: a temporary one) and which application jar runs (none: the one the
 * web module packaged).
 */
record ThroughputOptions(int workshops, int writers, Duration duration, Duration warmUp, Duration single,
                         Path data, Path app, long seed) {

    static final String USAGE = "options: --workshops=10 --writers=32 --duration=5m --warmup=20s --single=60s"
            + " --data=<folder> --app=<web-…-exec.jar> --seed=<number>";

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

    static ThroughputOptions parse(String... args) {
        int workshops = 10;
        int writers = 32;
        Duration duration = Duration.ofMinutes(5);
        Duration warmUp = Duration.ofSeconds(20);
        Duration single = Duration.ofSeconds(60);
        Path data = null;
        Path app = null;
        long seed = System.nanoTime();
        for (String arg : args) {
            String[] option = arg.split("=", 2);
            if (option.length != 2) {
                throw new IllegalArgumentException("Unknown argument " + arg + "; " + USAGE);
            }
            String value = option[1];
            switch (option[0]) {
                case "--workshops" -> workshops = Integer.parseInt(value);
                case "--writers" -> writers = Integer.parseInt(value);
                case "--duration" -> duration = duration(value);
                case "--warmup" -> warmUp = duration(value);
                case "--single" -> single = duration(value);
                case "--data" -> data = Path.of(value);
                case "--app" -> app = Path.of(value);
                case "--seed" -> seed = Long.parseLong(value);
                default -> throw new IllegalArgumentException("Unknown option " + option[0] + "; " + USAGE);
            }
        }
        if (workshops < 1 || writers < workshops || duration.isZero()) {
            throw new IllegalArgumentException("At least one workshop, a writer for each and a duration; " + USAGE);
        }
        return new ThroughputOptions(workshops, writers, duration, warmUp, single, data, app, seed);
    }

    /** {@code 5m}, {@code 20s}, {@code 500ms}; a bare number is seconds. */
    static Duration duration(String text) {
        Matcher matcher = DURATION.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a duration: " + text + " (write 5m, 20s or 500ms)");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }
}
