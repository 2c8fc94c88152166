package org.atelier.bench.throughput;

import java.lang.management.ManagementFactory;

import org.atelier.bench.Load;
import org.atelier.bench.crash.AppProcess;

/**
 * The cores each side kept busy on average over a stretch: the server (the application's own
 * process), the clients (this JVM: writers and screens) and everything else on the machine, which
 * should be near 0 for a valid run. The server and the clients share the same cores.
 */
record CpuShare(double server, double clients, double others) {

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
        return new Sample(System.nanoTime(), server.cpuTime().toNanos(), clientNanos, Load.machineBusyNanos());
    }
}
