package org.atelier.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * How hard this JVM worked over a stretch of time: the cores its threads kept busy on average, and
 * the collections the garbage collectors counted (G1's young and mixed pauses; on JDK 17 its
 * concurrent cycle's short remark and cleanup pauses are not counted here).
 */
record Load(double coresBusy, long collections, long collectionMillis) {

    /** A stretch that has begun: {@link #end()} gives its load. */
    record Start(long nanos, long cpuNanos, long collections, long collectionMillis) {

        Load end() {
            Start now = start();
            return new Load((double) (now.cpuNanos - cpuNanos) / (now.nanos - nanos), now.collections - collections,
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
        long cpuNanos = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
        return new Start(System.nanoTime(), cpuNanos, collections, collectionMillis);
    }
}
