package org.atelier.command.workshop;

import java.util.List;
import java.util.Objects;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.shared.idea.IdeaId;

/** The earlier ideas an idea builds on: no blanks, each named once, in the order given. */
final class Inspirations {

    private Inspirations() {
    }

    static List<IdeaId> of(List<IdeaId> inspiredBy) {
        if (inspiredBy == null) {
            return List.of();
        }
        if (inspiredBy.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInput("inspiredBy", "inspiredBy must list idea ids, without empty entries.");
        }
        return inspiredBy.stream().distinct().toList();
    }
}
