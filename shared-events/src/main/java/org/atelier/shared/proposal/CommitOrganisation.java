package org.atelier.shared.proposal;

import java.time.Instant;

import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A participant commits their organisation to a proposal. {@code partnershipId} is the id the
 * partnership takes if this commitment forms one.
 */
public record CommitOrganisation(@TargetAggregateIdentifier WorkshopId workshopId, ProposalId proposalId,
                                 ParticipantId participantId, OrganisationId organisationId,
                                 PartnershipId partnershipId, Instant at) {
}
