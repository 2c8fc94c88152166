package org.atelier.shared.workshop;

import java.util.Objects;

/** Identifies one workshop; its events form one stream whose sequence gives the workshop's positions. */
public record WorkshopId(String value) {

    public WorkshopId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
