package org.atelier.shared.proposal;

import java.util.Objects;

/** A project proposal, its value chosen by the client so that a retried proposal is harmless; unique in the programme. */
public record ProposalId(String value) {

    public ProposalId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
