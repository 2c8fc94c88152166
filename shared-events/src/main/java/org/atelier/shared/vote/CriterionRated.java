package org.atelier.shared.vote;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** A voter's score (1 to 5) on one criterion for one target, replacing their earlier one. */
@Revision("1")
@PublicName("CriterionRated")
public record CriterionRated(WorkshopId workshopId, ParticipantId voter, Phase phase, IdeaId ideaId,
                             ClusterId clusterId, ProposalId proposalId, String criterionId, int score, Instant at) {
}
