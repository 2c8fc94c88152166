package org.atelier.shared.proposal;

import java.time.Instant;
import java.time.LocalDate;

import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Updates a follow-up action; every {@code null} field stays as it is. {@code updatedBy} is
 * {@code null} for the facilitator.
 */
public record UpdateAction(@TargetAggregateIdentifier WorkshopId workshopId, ProposalId proposalId,
                           ActionId actionId, ParticipantId updatedBy, ActionStatus status, String what,
                           LocalDate due, Instant at) {
}
