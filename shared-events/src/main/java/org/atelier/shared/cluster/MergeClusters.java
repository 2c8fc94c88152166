package org.atelier.shared.cluster;

import java.time.Instant;

import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves every idea of {@code clusterId} into {@code into}, which keeps its title. */
public record MergeClusters(@TargetAggregateIdentifier WorkshopId workshopId, ClusterId clusterId, ClusterId into,
                            Instant at) {
}
