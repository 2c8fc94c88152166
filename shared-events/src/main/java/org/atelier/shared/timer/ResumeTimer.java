package org.atelier.shared.timer;

import java.time.Instant;

import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ResumeTimer(@TargetAggregateIdentifier WorkshopId workshopId, Instant at) {
}
