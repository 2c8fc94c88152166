package org.atelier.command.workshop;

import org.atelier.command.rejection.TextInput;

/** Why the facilitator hid an idea: optional, at most 500 characters, kept in the history. */
final class HideReason {

    static final int MAX_LENGTH = 500;

    private HideReason() {
    }

    static String of(String raw) {
        return TextInput.optional("reason", raw, MAX_LENGTH);
    }
}
