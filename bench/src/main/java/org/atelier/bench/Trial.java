package org.atelier.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One audience, one publisher: a few warm-up messages, then the measured ones, one at a time at a
 * steady pace, each stamped with the instant just before it is sent. Atelier and the floor run the
 * same trial, so only what carries the message differs.
 */
final class Trial {

    /** A message ready to go: preparing it is not part of its latency, sending it is. */
    interface Send {
        void send() throws Exception;
    }

    interface Publisher {
        Send prepare(int sequence, String id) throws Exception;
    }

    record Sent(String id, int sequence, boolean measured, Instant sentAt, long nanos, long answeredNanos) {
    }

    /** What was sent, whether all of it arrived, and how busy the process was while it went. */
    record Result(List<Sent> sent, boolean complete, double coresBusy) {
    }

    private Trial() {
    }

    static Result run(Audience audience, int clients, Publisher publisher, BenchOptions options) throws Exception {
        List<Sent> sent = new ArrayList<>();
        publish(publisher, options, 0, options.warmUp(), false, sent);
        boolean warm = audience.awaitTotal((long) clients * options.warmUp(), options.deliveryTimeout());
        long cpuBefore = processCpuNanos();
        long before = System.nanoTime();
        publish(publisher, options, options.warmUp(), options.ideas(), true, sent);
        boolean complete = audience.awaitTotal((long) clients * (options.warmUp() + options.ideas()),
                options.deliveryTimeout());
        double coresBusy = (double) (processCpuNanos() - cpuBefore) / (System.nanoTime() - before);
        return new Result(List.copyOf(sent), warm && complete, coresBusy);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void publish(Publisher publisher, BenchOptions options, int first, int count, boolean measured,
                                List<Sent> sent) throws Exception {
        long spacing = options.spacing().toNanos();
        long next = System.nanoTime();
        for (int sequence = first; sequence < first + count; sequence++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String id = UUID.randomUUID().toString();
            Send message = publisher.prepare(sequence, id);
            Instant sentAt = Instant.now();
            long t0 = System.nanoTime();
            message.send();
            sent.add(new Sent(id, sequence, measured, sentAt, t0, System.nanoTime()));
            next += spacing;
        }
    }
}
