package org.atelier.shared.timer;

import java.time.Instant;

import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StopTimer(@TargetAggregateIdentifier WorkshopId workshopId, Instant at) {
}
