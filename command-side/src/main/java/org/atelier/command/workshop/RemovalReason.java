package org.atelier.command.workshop;

import org.atelier.command.rejection.TextInput;

/** Why a participant was put out of the room: optional, at most 500 characters, kept in the history. */
final class RemovalReason {

    static final int MAX_LENGTH = 500;

    private RemovalReason() {
    }

    static String of(String raw) {
        return TextInput.optional("reason", raw, MAX_LENGTH);
    }
}
