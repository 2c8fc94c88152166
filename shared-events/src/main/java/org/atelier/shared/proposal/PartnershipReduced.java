package org.atelier.shared.proposal;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.PublicName;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/**
 * An organisation withdrew its commitment and left the partnership, which still has two or more
 * organisations: {@code organisationIds}.
 */
@Revision("1")
@PublicName("PartnershipReduced")
public record PartnershipReduced(WorkshopId workshopId, PartnershipId partnershipId, ProposalId proposalId,
                                 OrganisationId organisationId, List<OrganisationId> organisationIds, Instant at) {
}
