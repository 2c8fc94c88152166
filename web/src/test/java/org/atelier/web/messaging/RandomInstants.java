package org.atelier.web.messaging;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/** Instants from 1970 to 2200, a quarter each to the second, the millisecond, the microsecond and the nanosecond. */
public final class RandomInstants {

    private static final long FROM = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();

    private RandomInstants() {
    }

    public static List<Instant> of(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        return Stream.generate(() -> {
            int nanos = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            return Instant.ofEpochSecond(random.nextLong(FROM, TO), nanos);
        }).limit(count).toList();
    }
}
