package org.atelier.shared.vote;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** One dot of the voter's budget for REALIZATION, put on a project proposal to prioritise it. */
@Revision("1")
@PublicName("ProposalVoteCast")
public record ProposalVoteCast(WorkshopId workshopId, ParticipantId voter, ProposalId proposalId, Phase phase,
                               Instant at) {
}
