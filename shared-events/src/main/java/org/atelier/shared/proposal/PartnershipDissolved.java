package org.atelier.shared.proposal;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.PublicName;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/**
 * The partnership ended: fewer than two organisations remained committed, or its proposal was
 * withdrawn. {@code organisationIds} are those it had until then.
 */
@Revision("1")
@PublicName("PartnershipDissolved")
public record PartnershipDissolved(WorkshopId workshopId, PartnershipId partnershipId, ProposalId proposalId,
                                   List<OrganisationId> organisationIds, DissolutionReason reason, Instant at) {
}
