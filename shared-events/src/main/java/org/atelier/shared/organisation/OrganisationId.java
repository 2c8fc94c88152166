package org.atelier.shared.organisation;

import java.util.Objects;

/** An organisation of the programme's register, shared by all its workshops. */
public record OrganisationId(String value) {

    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
