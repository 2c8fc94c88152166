package org.atelier.shared.cluster;

import java.time.Instant;

import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DissolveCluster(@TargetAggregateIdentifier WorkshopId workshopId, ClusterId clusterId, Instant at) {
}
