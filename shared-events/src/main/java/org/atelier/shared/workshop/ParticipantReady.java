package org.atelier.shared.workshop;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.axonframework.serialization.Revision;

/** The participant is done with this step of this phase. */
@Revision("1")
@PublicName("ParticipantReady")
public record ParticipantReady(WorkshopId workshopId, ParticipantId participantId, Phase phase, Step step, Instant at) {
}
