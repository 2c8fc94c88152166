package org.atelier.shared.cluster;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateCluster(@TargetAggregateIdentifier WorkshopId workshopId,
                            ClusterId clusterId,
                            String title,
                            List<IdeaId> ideaIds,
                            Instant at) {
}
