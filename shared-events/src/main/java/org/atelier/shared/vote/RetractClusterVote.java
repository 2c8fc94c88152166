package org.atelier.shared.vote;

import java.time.Instant;

import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetractClusterVote(@TargetAggregateIdentifier WorkshopId workshopId, ParticipantId voter,
                                 ClusterId clusterId, Instant at) {
}
