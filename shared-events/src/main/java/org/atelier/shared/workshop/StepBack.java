package org.atelier.shared.workshop;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes the room back one step, only if it is still at the step the facilitator sees. */
public record StepBack(@TargetAggregateIdentifier WorkshopId workshopId, Step expectedStep, Instant at) {
}
