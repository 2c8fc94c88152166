package org.atelier.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * How hard this JVM worked over a stretch of time: the cores its threads kept busy on average, the
 * cores the rest of the machine kept busy meanwhile (a build running beside the benchmark skews
 * it), and the collections the garbage collectors counted (G1's young and mixed pauses; on JDK 17
 * its concurrent cycle's short remark and cleanup pauses are not counted here).
 */
public record Load(double coresBusy, double othersBusy, long collections, long collectionMillis) {

    private static final Path PROC_STAT = Path.of("/proc/stat");
    /** Linux counts CPU time there in ticks of 1/100 s. */
    private static final long NANOS_PER_TICK = 10_000_000;

    /** A stretch that has begun: {@link #end()} gives its load. */
    record Start(long nanos, long cpuNanos, long machineNanos, long collections, long collectionMillis) {

        Load end() {
            Start now = start();
            double elapsed = now.nanos - nanos;
            double process = now.cpuNanos - cpuNanos;
            double others = machineNanos < 0 || now.machineNanos < 0 ? Double.NaN
                    : Math.max(0, (now.machineNanos - machineNanos) - process) / elapsed;
            return new Load(process / elapsed, others, now.collections - collections,
                    now.collectionMillis - collectionMillis);
        }
    }

    static Start start() {
        long collections = 0;
        long collectionMillis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += Math.max(0, collector.getCollectionCount());
            collectionMillis += Math.max(0, collector.getCollectionTime());
        }
        long cpuNanos = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        return new Start(System.nanoTime(), cpuNanos, machineBusyNanos(), collections, collectionMillis);
    }

    /** CPU time all processes spent, from the first line of /proc/stat; -1 where there is none. */
    public static long machineBusyNanos() {
        try {
            String[] ticks = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
            long[] values = Arrays.stream(ticks, 1, ticks.length).mapToLong(Long::parseLong).toArray();
            // user, nice, system, (idle), (iowait), irq, softirq, steal
            long busy = values[0] + values[1] + values[2] + values[5] + values[6]
                    + (values.length > 7 ? values[7] : 0);
            return busy * NANOS_PER_TICK;
        } catch (IOException | RuntimeException unavailable) {
            return -1;
        }
    }
}
