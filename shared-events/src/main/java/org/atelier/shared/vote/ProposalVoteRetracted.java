package org.atelier.shared.vote;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** One dot taken back from a project proposal, free to be put elsewhere. */
@Revision("1")
@PublicName("ProposalVoteRetracted")
public record ProposalVoteRetracted(WorkshopId workshopId, ParticipantId voter, ProposalId proposalId, Phase phase,
                                    Instant at) {
}
