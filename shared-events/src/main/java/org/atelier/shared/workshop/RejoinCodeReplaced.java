package org.atelier.shared.workshop;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.axonframework.serialization.Revision;

/** A participant was given a new personal code, and the previous one stopped working; the code is never in the event. */
@Revision("1")
@PublicName("RejoinCodeReplaced")
public record RejoinCodeReplaced(WorkshopId workshopId,
                                 ParticipantId participantId,
                                 String replacedBy,
                                 Instant at) {
}
