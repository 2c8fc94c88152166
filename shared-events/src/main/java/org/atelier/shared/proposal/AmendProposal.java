package org.atelier.shared.proposal;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes what a proposal says; every {@code null} field (and every {@code null} condition) stays as
 * it is. {@code amender} is {@code null} for the facilitator.
 */
public record AmendProposal(@TargetAggregateIdentifier WorkshopId workshopId,
                            ProposalId proposalId,
                            ParticipantId amender,
                            String title,
                            String description,
                            List<IdeaId> derivedFromIdeas,
                            List<ClusterId> derivedFromClusters,
                            OrganisationId leadOrganisationId,
                            Conditions conditions,
                            Instant at) {
}
