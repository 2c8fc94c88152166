package org.atelier.query.board;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.atelier.shared.workshop.WorkshopId;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes in the process that holds the boards: a writer waits here until its workshop's
 * board shows the position its command reached, and the board processor wakes the writers of a
 * workshop each time its board changes. The board is read again at each wake-up, so what a
 * writer waits for is decided by the board alone: a change folded, boards read again from their
 * documents after a rebuild, a command that recorded nothing (its position already shown).
 *
 * <p>Cheaper than a subscription query per command (which cost a tenth of the write path in a
 * profile: a query-bus round trip in a transaction for the first answer, a subscription, and the
 * emitter's search among every subscription at each change), and only right where the processor
 * runs in this process, which the embedded default guarantees.
 */
@Component
public class BoardProgress {

    private final Boards boards;
    private final Map<String, Object> signals = new ConcurrentHashMap<>();

    BoardProgress(Boards boards) {
        this.boards = boards;
    }

    /** Whether the board of {@code workshopId} shows {@code position} within {@code timeout}. */
    public boolean awaitShown(WorkshopId workshopId, long position, Duration timeout) throws InterruptedException {
        if (boards.version(workshopId) >= position) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Object signal = signals.computeIfAbsent(workshopId.value(), id -> new Object());
        synchronized (signal) {
            while (boards.version(workshopId) < position) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(signal, left);
            }
        }
        return true;
    }

    /** Wakes the writers waiting for the board of {@code workshopId}; call it without the board's lock. */
    void changed(String workshopId) {
        Object signal = signals.get(workshopId);
        if (signal != null) {
            synchronized (signal) {
                signal.notifyAll();
            }
        }
    }

    /** Wakes every waiting writer: the boards were replaced or dropped under them. */
    void changedAll() {
        signals.keySet().forEach(this::changed);
    }
}
