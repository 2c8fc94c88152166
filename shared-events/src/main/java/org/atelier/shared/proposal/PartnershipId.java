package org.atelier.shared.proposal;

import java.util.Objects;

/** A partnership: two or more distinct organisations committed to one proposal. */
public record PartnershipId(String value) {

    public PartnershipId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
