package org.atelier.shared.proposal;

import java.time.Instant;
import java.time.LocalDate;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** The follow-up action as it stands after the update, in full; {@code updatedBy} is {@code null} for the facilitator. */
@Revision("1")
@PublicName("ActionUpdated")
public record ActionUpdated(WorkshopId workshopId, ProposalId proposalId, ActionId actionId, ActionStatus status,
                            String what, LocalDate due, ParticipantId updatedBy, Instant at) {
}
