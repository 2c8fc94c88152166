package org.atelier.command.workshop;

import org.atelier.command.rejection.TextInput;

/** An idea's text: trimmed, 1 to 2,000 characters. */
final class IdeaText {

    static final int MAX_LENGTH = 2_000;

    private IdeaText() {
    }

    static String of(String raw) {
        return TextInput.required("text", raw, MAX_LENGTH);
    }
}
