package org.atelier.shared.proposal;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** The facilitator's final order of priority, first first; proposals not listed have no rank. */
@Revision("1")
@PublicName("ProposalsRanked")
public record ProposalsRanked(WorkshopId workshopId, List<ProposalId> proposalIds, Instant at) {
}
