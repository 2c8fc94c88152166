package org.atelier.shared.proposal;

import java.util.Objects;

/** A follow-up action agreed on a proposal, its value chosen by the client so that a retry is harmless. */
public record ActionId(String value) {

    public ActionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
