package org.atelier.bench;

import java.util.Arrays;

/** The benchmarks of the bench jar: {@code live} (the default) or {@code rebuild}; see the README, Performance. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("rebuild")) {
            RebuildBench.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("live")) {
            LiveLatencyBench.main(Arrays.copyOfRange(args, 1, args.length));
        } else {
            LiveLatencyBench.main(args);
        }
    }
}
