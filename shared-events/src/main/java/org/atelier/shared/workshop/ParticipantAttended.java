package org.atelier.shared.workshop;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.organisation.OrganisationId;
import org.axonframework.serialization.Revision;

/**
 * A participant was present at one dated half-day of the workshop ({@code session} 1, 2 or 3, in
 * the order the workshop was scheduled with), recorded once per person and half-day: who actually
 * met is what the programme's "people who now know each other" rests on.
 */
@Revision("1")
@PublicName("ParticipantAttended")
public record ParticipantAttended(WorkshopId workshopId,
                                  ParticipantId participantId,
                                  OrganisationId organisationId,
                                  int session,
                                  Phase phase,
                                  AttendanceSource source,
                                  String recordedBy,
                                  Instant at) {
}
