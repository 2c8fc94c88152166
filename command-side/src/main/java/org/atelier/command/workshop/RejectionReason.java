package org.atelier.command.workshop;

import org.atelier.command.rejection.TextInput;

/** Why the facilitator refused a waiting idea: required, at most 500 characters, shown to its author. */
final class RejectionReason {

    static final int MAX_LENGTH = 500;

    private RejectionReason() {
    }

    static String of(String raw) {
        return TextInput.required("reason", raw, MAX_LENGTH);
    }
}
