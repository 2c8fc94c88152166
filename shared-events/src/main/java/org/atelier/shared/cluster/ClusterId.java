package org.atelier.shared.cluster;

import java.util.Objects;

/** A named group of ideas of one phase: a shared issue, a theme of the utopia. */
public record ClusterId(String value) {

    public ClusterId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
