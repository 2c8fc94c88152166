package org.atelier.shared.proposal;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.PublicName;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/**
 * A project proposed in the room, derived from ideas and clusters of the workshop.
 * {@code proposer} and {@code proposerOrganisationId} are {@code null} when the facilitator
 * proposed it; {@code leadOrganisationId} may be {@code null} until one is named.
 */
@Revision("1")
@PublicName("ProjectProposed")
public record ProjectProposed(WorkshopId workshopId,
                              ProposalId proposalId,
                              String title,
                              String description,
                              List<IdeaId> derivedFromIdeas,
                              List<ClusterId> derivedFromClusters,
                              OrganisationId leadOrganisationId,
                              Conditions conditions,
                              ParticipantId proposer,
                              OrganisationId proposerOrganisationId,
                              Phase phase,
                              Instant at) {
}
