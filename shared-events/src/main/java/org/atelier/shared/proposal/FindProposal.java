package org.atelier.shared.proposal;

import org.atelier.shared.workshop.Audience;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;

/** One proposal of a workshop as {@code audience} may see it; {@code viewer} is the participant looking. */
public record FindProposal(WorkshopId workshopId, ProposalId proposalId, Audience audience, ParticipantId viewer) {
}
