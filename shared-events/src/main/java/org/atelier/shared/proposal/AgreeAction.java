package org.atelier.shared.proposal;

import java.time.Instant;
import java.time.LocalDate;

import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Agrees a follow-up action on a proposal: which organisation does what, by when ({@code due} may
 * be {@code null}). {@code agreedBy} is {@code null} for the facilitator.
 */
public record AgreeAction(@TargetAggregateIdentifier WorkshopId workshopId, ProposalId proposalId,
                          ActionId actionId, ParticipantId agreedBy, OrganisationId organisationId, String what,
                          LocalDate due, Instant at) {
}
