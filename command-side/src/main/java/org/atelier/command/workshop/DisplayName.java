package org.atelier.command.workshop;

import org.atelier.command.rejection.InvalidInput;

/** How a participant appears to the room: trimmed, 1 to 80 characters. */
final class DisplayName {

    static final int MAX_LENGTH = 80;

    private DisplayName() {
    }

    static String of(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new InvalidInput("displayName", "displayName must have 1 to " + MAX_LENGTH + " characters.");
        }
        return name;
    }
}
