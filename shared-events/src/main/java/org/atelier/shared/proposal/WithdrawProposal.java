package org.atelier.shared.proposal;

import java.time.Instant;

import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws a proposal; {@code by} is {@code null} for the facilitator. */
public record WithdrawProposal(@TargetAggregateIdentifier WorkshopId workshopId, ProposalId proposalId,
                               ParticipantId by, Instant at) {
}
