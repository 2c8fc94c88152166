package org.atelier.shared.workshop;

import java.util.Objects;

/**
 * One of the people running a workshop. The facilitator who received the workshop's first token is
 * {@link #FIRST}; co-facilitators are added with ids of their own.
 */
public record FacilitatorId(String value) {

    /** The facilitator of the token given when the workshop was scheduled (tokens that name no facilitator). */
    public static final FacilitatorId FIRST = new FacilitatorId("first");

    public FacilitatorId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
