package org.atelier.shared.proposal;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.PublicName;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** What the proposal says after the amendment, in full; {@code amendedBy} is {@code null} for the facilitator. */
@Revision("1")
@PublicName("ProposalAmended")
public record ProposalAmended(WorkshopId workshopId,
                              ProposalId proposalId,
                              String title,
                              String description,
                              List<IdeaId> derivedFromIdeas,
                              List<ClusterId> derivedFromClusters,
                              OrganisationId leadOrganisationId,
                              Conditions conditions,
                              ParticipantId amendedBy,
                              Instant at) {
}
