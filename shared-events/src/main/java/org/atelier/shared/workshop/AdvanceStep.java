package org.atelier.shared.workshop;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AdvanceStep(@TargetAggregateIdentifier WorkshopId workshopId, Step expectedStep, Instant at) {
}
