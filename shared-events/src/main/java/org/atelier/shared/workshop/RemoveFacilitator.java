package org.atelier.shared.workshop;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A facilitator (or the organiser) withdraws a facilitator's rights on the workshop. */
public record RemoveFacilitator(@TargetAggregateIdentifier WorkshopId workshopId,
                                FacilitatorId facilitatorId,
                                String removedBy,
                                Instant at) {
}
