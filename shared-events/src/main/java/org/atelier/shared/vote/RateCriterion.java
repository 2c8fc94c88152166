package org.atelier.shared.vote;

import java.time.Instant;

import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The voter's score on one criterion for one idea, cluster or proposal (one id only). */
public record RateCriterion(@TargetAggregateIdentifier WorkshopId workshopId, ParticipantId voter, IdeaId ideaId,
                            ClusterId clusterId, ProposalId proposalId, String criterionId, int score, Instant at) {

    public Object target() {
        return ideaId != null ? ideaId : clusterId != null ? clusterId : proposalId;
    }
}
