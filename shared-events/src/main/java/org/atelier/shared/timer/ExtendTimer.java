package org.atelier.shared.timer;

import java.time.Instant;

import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives the running or paused countdown more time. */
public record ExtendTimer(@TargetAggregateIdentifier WorkshopId workshopId, long seconds, Instant at) {
}
