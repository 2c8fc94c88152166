package org.atelier.shared.proposal;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The facilitator sets the final order of priority: the first proposal listed comes first. */
public record RankProposals(@TargetAggregateIdentifier WorkshopId workshopId, List<ProposalId> proposalIds,
                            Instant at) {
}
