package org.atelier.bench.throughput;

import java.util.List;

/**
 * What one writer was told, once it has stopped: the changes acknowledged, in the order it sent
 * them, and the command it got no answer for (recorded or not, nobody knows), or {@code null}.
 * Its ideas' ids, its pin's included, start with its name, so a message tells whose command it is.
 */
record Journal(String name, List<Change> acknowledged, Change unanswered) {

    Journal {
        acknowledged = List.copyOf(acknowledged);
    }

    boolean owns(String ideaId) {
        return ideaId != null && ideaId.startsWith(name + "-");
    }

    /** How many changes a screen must show at least for this writer. */
    int expected() {
        return acknowledged.size();
    }
}
