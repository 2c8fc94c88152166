package org.atelier.command.workshop;

import java.time.Duration;
import java.time.Instant;

/** The current step's countdown: running until an instant, or paused with some time left. */
record Countdown(Instant endsAt, long pausedRemainingSeconds) {

    static Countdown runningUntil(Instant endsAt) {
        return new Countdown(endsAt, 0);
    }

    static Countdown pausedWith(long remainingSeconds) {
        return new Countdown(null, remainingSeconds);
    }

    boolean isRunning() {
        return endsAt != null;
    }

    /** Whole seconds left at the given instant, never below zero. */
    long remainingAt(Instant now) {
        if (!isRunning()) {
            return pausedRemainingSeconds;
        }
        return Math.max(0, (Duration.between(now, endsAt).toMillis() + 999) / 1000);
    }
}
