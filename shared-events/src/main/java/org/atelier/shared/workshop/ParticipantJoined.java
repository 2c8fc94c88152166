package org.atelier.shared.workshop;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.organisation.OrganisationId;
import org.axonframework.serialization.Revision;

@Revision("1")
@PublicName("ParticipantJoined")
public record ParticipantJoined(WorkshopId workshopId,
                                ParticipantId participantId,
                                String displayName,
                                OrganisationId organisationId,
                                Instant at) {
}
