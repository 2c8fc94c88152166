package org.atelier.shared.workshop;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A facilitator (or the organiser) brings in a co-facilitator with the same rights on the workshop.
 *
 * @param addedBy who brings them in, as the history names people
 */
public record AddFacilitator(@TargetAggregateIdentifier WorkshopId workshopId,
                             FacilitatorId facilitatorId,
                             String name,
                             String addedBy,
                             Instant at) {
}
