package org.atelier.command.workshop;

import org.atelier.command.rejection.TextInput;

/** A cluster's title: trimmed, 1 to 200 characters. */
final class ClusterTitle {

    static final int MAX_LENGTH = 200;

    private ClusterTitle() {
    }

    static String of(String raw) {
        return TextInput.required("title", raw, MAX_LENGTH);
    }
}
