package org.atelier.shared.proposal;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** An organisation committed to a proposal, through one of its participants. */
@Revision("1")
@PublicName("OrganisationCommitted")
public record OrganisationCommitted(WorkshopId workshopId, ProposalId proposalId, OrganisationId organisationId,
                                    ParticipantId participantId, Instant at) {
}
