package org.atelier.web.dispatch;

import java.time.Duration;

import org.atelier.shared.workshop.WorkshopId;

/**
 * How a writer waits until its workshop's board shows its change (read-your-writes): opened
 * before the command is sent, so that no change can slip between the two, closed after.
 */
interface BoardWatch {

    /** Starts watching the board of {@code workshopId}. */
    Watching watch(WorkshopId workshopId);

    interface Watching extends AutoCloseable {

        /** Whether the board showed {@code position} within {@code timeout}. */
        boolean shown(long position, Duration timeout);

        @Override
        void close();
    }
}
