package org.atelier.shared.vote;

import java.time.Instant;

import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CastProposalVote(@TargetAggregateIdentifier WorkshopId workshopId, ParticipantId voter,
                               ProposalId proposalId, Instant at) {
}
