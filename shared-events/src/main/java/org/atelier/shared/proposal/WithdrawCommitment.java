package org.atelier.shared.proposal;

import java.time.Instant;

import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A participant withdraws their organisation's commitment to a proposal. */
public record WithdrawCommitment(@TargetAggregateIdentifier WorkshopId workshopId, ProposalId proposalId,
                                 ParticipantId participantId, OrganisationId organisationId, Instant at) {
}
