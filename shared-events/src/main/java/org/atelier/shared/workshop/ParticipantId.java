package org.atelier.shared.workshop;

import java.util.Objects;

/** A person taking part in one workshop on behalf of one organisation. */
public record ParticipantId(String value) {

    public ParticipantId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
