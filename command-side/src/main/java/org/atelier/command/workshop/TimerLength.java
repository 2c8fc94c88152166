package org.atelier.command.workshop;

import org.atelier.command.rejection.InvalidInput;

/** How long a countdown may run or be extended by: 1 second to 2 hours. */
final class TimerLength {

    static final long MAX_SECONDS = 2 * 60 * 60;

    private TimerLength() {
    }

    static long of(long seconds) {
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw new InvalidInput("seconds", "seconds must be between 1 and " + MAX_SECONDS + ".");
        }
        return seconds;
    }
}
