package org.atelier.shared.proposal;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** The proposal no longer stands; {@code withdrawnBy} is {@code null} for the facilitator. */
@Revision("1")
@PublicName("ProposalWithdrawn")
public record ProposalWithdrawn(WorkshopId workshopId, ProposalId proposalId, ParticipantId withdrawnBy,
                                Instant at) {
}
