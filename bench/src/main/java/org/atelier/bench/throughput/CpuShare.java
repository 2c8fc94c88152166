package org.atelier.bench.throughput;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.atelier.bench.crash.AppProcess;

/**
 * The cores each side kept busy on average over a stretch: the server (the application's own
 * process), the clients (this JVM: writers and screens) and everything else on the machine, which
 * should be near 0 for a valid run. The server and the clients share the same cores.
 */
record CpuShare(double server, double clients, double others) {

    private static final Path PROC_STAT = Path.of("/proc/stat");
    /** Linux counts CPU time there in ticks of 1/100 s. */
    private static final long NANOS_PER_TICK = 10_000_000;

    /** The CPU times at one instant; {@link #until} gives the shares from there to a later one. */
    record Sample(long nanos, long serverNanos, long clientNanos, long machineNanos) {

        CpuShare until(Sample later) {
            double elapsed = later.nanos - nanos;
            double server = later.serverNanos - serverNanos;
            double clients = later.clientNanos - clientNanos;
            double others = machineNanos < 0 || later.machineNanos < 0 ? Double.NaN
                    : Math.max(0, later.machineNanos - machineNanos - server - clients);
            return new CpuShare(server / elapsed, clients / elapsed, others / elapsed);
        }
    }

    static Sample sample(AppProcess server) {
        long clientNanos = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        return new Sample(System.nanoTime(), server.cpuTime().toNanos(), clientNanos, machineBusyNanos());
    }

    /** CPU time all processes spent, from the first line of /proc/stat; -1 where there is none. */
    private static long machineBusyNanos() {
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
