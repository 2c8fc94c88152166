package org.atelier.command.workshop;

import org.atelier.command.rejection.TextInput;

/** How a participant appears to the room: trimmed, 1 to 80 characters. */
final class DisplayName {

    static final int MAX_LENGTH = 80;

    private DisplayName() {
    }

    static String of(String raw) {
        return TextInput.required("displayName", raw, MAX_LENGTH);
    }
}
