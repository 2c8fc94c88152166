package org.atelier.query.processing;

import java.time.Duration;
import java.util.Map;

import org.axonframework.common.ProcessRetriesExhaustedException;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Holds a tracking processor without losing it. Axon's tracking processor, shut down while its
 * launcher is still claiming its segment (just after a start), can come back from its next start
 * believing the segment is taken: it never processes again, with nothing logged (seen on the
 * register's processor after two rebuilds in a row, and in the rebuild bench). So a processor is
 * shut down only once it works its segment (it has claimed it, and its worker has read from the
 * stream at least once: caught up, or at a position), or after {@link #LAUNCH_LIMIT} if it cannot
 * claim one (another instance holds it); and a long batch of its own is waited for, since Axon
 * gives up waiting after 10 s each time.
 */
public final class ProcessorStop {

    static final Duration LAUNCH_LIMIT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 20;

    private ProcessorStop() {
    }

    /** Shuts {@code processor} down once launched; fails if it is still busy after {@code limit}. */
    public static void shutDown(StreamingEventProcessor processor, Duration limit) {
        awaitLaunched(processor);
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                processor.shutDown();
                return;
            } catch (ProcessRetriesExhaustedException busy) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The processor " + processor.getName() + " did not stop within "
                            + limit.toSeconds() + " s", busy);
                }
            }
        }
    }

    private static boolean working(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        return !segments.isEmpty() && segments.values().stream()
                .allMatch(segment -> segment.isCaughtUp() || segment.getCurrentPosition().isPresent());
    }

    private static void awaitLaunched(StreamingEventProcessor processor) {
        long deadline = System.nanoTime() + LAUNCH_LIMIT.toNanos();
        while (processor.isRunning() && !working(processor) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
