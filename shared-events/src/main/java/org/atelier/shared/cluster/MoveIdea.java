package org.atelier.shared.cluster;

import java.time.Instant;

import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts an idea in a cluster, or takes it out of any when {@code clusterId} is null. */
public record MoveIdea(@TargetAggregateIdentifier WorkshopId workshopId, IdeaId ideaId, ClusterId clusterId,
                       Instant at) {
}
