package org.atelier.shared.vote;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The voter's whole allocation of points for the phase now open, replacing any earlier one. */
public record AllocatePoints(@TargetAggregateIdentifier WorkshopId workshopId, ParticipantId voter,
                             List<Allocation> allocations, Instant at) {
}
