package org.atelier.bench.throughput;

import java.time.Duration;

/**
 * The stretch of a round: writers send from its start to its end; only what they start after the
 * warm-up counts in the figures (the warm-up lets the JIT compile the hot paths of both sides).
 */
record Window(long startNanos, long measuredFromNanos, long endNanos) {

    static Window startingNow(Duration warmUp, Duration measured) {
        long now = System.nanoTime();
        return new Window(now, now + warmUp.toNanos(), now + warmUp.toNanos() + measured.toNanos());
    }

    boolean open() {
        return System.nanoTime() < endNanos;
    }

    boolean measures(long startedNanos) {
        return startedNanos >= measuredFromNanos && startedNanos < endNanos;
    }

    double measuredSeconds() {
        return (endNanos - measuredFromNanos) / 1e9;
    }

    void sleepUntil(long nanos) throws InterruptedException {
        long left;
        while ((left = nanos - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }
}
