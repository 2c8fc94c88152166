package org.atelier.bench;

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

    /** One message sent: when (wall clock and monotonic), and when its sending call returned. */
    record Sent(String id, int sequence, boolean measured, Instant sentAt, long nanos, long answeredNanos) {
    }

    /** What was sent, and how hard the JVM worked while the measured messages went. */
    record Result(List<Sent> sent, Load load) {
    }

    private Trial() {
    }

    static Result run(Audience audience, int clients, Publisher publisher, BenchOptions options) throws Exception {
        List<Sent> sent = new ArrayList<>();
        publish(publisher, options, 0, options.warmUp(), false, sent);
        audience.awaitTotal((long) clients * options.warmUp(), options.deliveryTimeout());
        Load.Start measuring = Load.start();
        publish(publisher, options, options.warmUp(), options.ideas(), true, sent);
        audience.awaitTotal((long) clients * (options.warmUp() + options.ideas()), options.deliveryTimeout());
        return new Result(List.copyOf(sent), measuring.end());
    }

    /** Paced from start to start; a send that takes longer than the spacing delays the next one. */
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
            next = Math.max(next + spacing, System.nanoTime());
        }
    }
}
