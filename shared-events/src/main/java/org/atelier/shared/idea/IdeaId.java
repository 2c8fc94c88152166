package org.atelier.shared.idea;

import java.util.Objects;

/** An idea card, its value chosen by the client so that a retried post is harmless. */
public record IdeaId(String value) {

    public IdeaId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
