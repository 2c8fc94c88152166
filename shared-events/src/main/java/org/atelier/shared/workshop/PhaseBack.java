package org.atelier.shared.workshop;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes the room back one phase, only if it is still in the phase the facilitator sees. */
public record PhaseBack(@TargetAggregateIdentifier WorkshopId workshopId, Phase expectedPhase, Instant at) {
}
