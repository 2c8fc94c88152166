package org.atelier.shared.timer;

import java.time.Instant;

import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A countdown for the current step, of the given length. */
public record StartTimer(@TargetAggregateIdentifier WorkshopId workshopId, long seconds, Instant at) {
}
