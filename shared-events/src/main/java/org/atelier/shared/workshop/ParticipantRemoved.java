package org.atelier.shared.workshop;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.organisation.OrganisationId;
import org.axonframework.serialization.Revision;

/**
 * A participant left the room, put out by {@code removedBy}: their token is refused from then on;
 * what they posted stays.
 */
@Revision("1")
@PublicName("ParticipantRemoved")
public record ParticipantRemoved(WorkshopId workshopId,
                                 ParticipantId participantId,
                                 OrganisationId organisationId,
                                 String removedBy,
                                 String reason,
                                 Instant at) {
}
