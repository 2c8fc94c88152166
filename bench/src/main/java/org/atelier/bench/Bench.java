package org.atelier.bench;

import java.util.Arrays;

import org.atelier.bench.crash.CrashBench;
import org.atelier.bench.throughput.FloorBench;
import org.atelier.bench.throughput.ThroughputBench;

/**
 * The benchmarks of the bench jar: {@code live} (the default), {@code rebuild}, {@code crash},
 * {@code throughput}, {@code throughput-floor} or {@code start}; see the README.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("crash")) {
            CrashBench.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("throughput-floor")) {
            FloorBench.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("floor-server")) {
            bench.floor.FloorServer.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("throughput")) {
            ThroughputBench.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("rebuild")) {
            RebuildBench.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("start")) {
            StartBench.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("live")) {
            LiveLatencyBench.main(Arrays.copyOfRange(args, 1, args.length));
        } else {
            LiveLatencyBench.main(args);
        }
    }
}
