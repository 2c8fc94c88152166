package org.atelier.shared.proposal;

import java.time.Instant;
import java.time.LocalDate;

import org.atelier.shared.PublicName;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/**
 * A follow-up action agreed on a proposal: {@code organisationId} does {@code what} by {@code due}
 * ({@code null}: no date). {@code agreedBy} is {@code null} for the facilitator.
 */
@Revision("1")
@PublicName("ActionAgreed")
public record ActionAgreed(WorkshopId workshopId, ProposalId proposalId, ActionId actionId,
                           OrganisationId organisationId, String what, LocalDate due, ActionStatus status,
                           ParticipantId agreedBy, Instant at) {
}
