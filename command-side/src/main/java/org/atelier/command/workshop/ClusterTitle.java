package org.atelier.command.workshop;

import org.atelier.command.rejection.InvalidInput;

/** A cluster's title: trimmed, 1 to 200 characters. */
final class ClusterTitle {

    static final int MAX_LENGTH = 200;

    private ClusterTitle() {
    }

    static String of(String raw) {
        String title = raw == null ? "" : raw.strip();
        if (title.isEmpty() || title.codePointCount(0, title.length()) > MAX_LENGTH) {
            throw new InvalidInput("title", "title must have 1 to " + MAX_LENGTH + " characters.");
        }
        return title;
    }
}
