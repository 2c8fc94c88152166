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
 * Proposes a project in REALIZATION. {@code proposer} is {@code null} when the facilitator proposes;
 * {@code leadOrganisationId} {@code null} means the proposer's organisation.
 */
public record ProposeProject(@TargetAggregateIdentifier WorkshopId workshopId,
                             ProposalId proposalId,
                             ParticipantId proposer,
                             String title,
                             String description,
                             List<IdeaId> derivedFromIdeas,
                             List<ClusterId> derivedFromClusters,
                             OrganisationId leadOrganisationId,
                             Conditions conditions,
                             Instant at) {
}
