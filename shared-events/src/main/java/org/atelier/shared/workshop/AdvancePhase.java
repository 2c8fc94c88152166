package org.atelier.shared.workshop;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves the room to the next phase, only if it is still in the phase the facilitator sees. */
public record AdvancePhase(@TargetAggregateIdentifier WorkshopId workshopId, Phase expectedPhase, Instant at) {
}
