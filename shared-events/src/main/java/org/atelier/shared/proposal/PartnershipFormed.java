package org.atelier.shared.proposal;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.PublicName;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** A second distinct organisation committed to the proposal: its organisations form a partnership. */
@Revision("1")
@PublicName("PartnershipFormed")
public record PartnershipFormed(WorkshopId workshopId, PartnershipId partnershipId, ProposalId proposalId,
                                List<OrganisationId> organisationIds, Instant at) {
}
