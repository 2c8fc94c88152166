package org.atelier.shared.proposal;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.PublicName;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** One more organisation committed: it joins the partnership; {@code organisationIds} is everyone in it now. */
@Revision("1")
@PublicName("PartnershipExtended")
public record PartnershipExtended(WorkshopId workshopId, PartnershipId partnershipId, ProposalId proposalId,
                                  OrganisationId organisationId, List<OrganisationId> organisationIds, Instant at) {
}
