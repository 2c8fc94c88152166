package org.atelier.command.workshop;

import org.atelier.command.rejection.InvalidInput;

/** Why the facilitator hid an idea: optional, at most 500 characters, kept in the history. */
final class HideReason {

    static final int MAX_LENGTH = 500;

    private HideReason() {
    }

    static String of(String raw) {
        String reason = raw == null ? "" : raw.strip();
        if (reason.codePointCount(0, reason.length()) > MAX_LENGTH) {
            throw new InvalidInput("reason", "reason must be at most " + MAX_LENGTH + " characters.");
        }
        return reason;
    }
}
