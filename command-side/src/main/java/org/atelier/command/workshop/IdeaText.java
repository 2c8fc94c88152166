package org.atelier.command.workshop;

import org.atelier.command.rejection.InvalidInput;

/** An idea's text: trimmed, 1 to 2,000 characters. */
final class IdeaText {

    static final int MAX_LENGTH = 2_000;

    private IdeaText() {
    }

    static String of(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("text", "text must not be empty.");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new InvalidInput("text", "text must be at most " + MAX_LENGTH + " characters.");
        }
        return text;
    }
}
