package org.atelier.command.workshop;

import org.atelier.command.rejection.TextInput;

/** How a co-facilitator is named to the other facilitators and in the history: trimmed, 1 to 80 characters. */
final class FacilitatorName {

    static final int MAX_LENGTH = 80;

    private FacilitatorName() {
    }

    static String of(String raw) {
        return TextInput.required("name", raw, MAX_LENGTH);
    }
}
