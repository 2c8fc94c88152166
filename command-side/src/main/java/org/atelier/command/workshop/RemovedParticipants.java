package org.atelier.command.workshop;

import java.time.Instant;

import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;

/**
 * Command-side lookup of participants put out of their workshop, written in the transaction of
 * the removal, so that every instance refuses their token from the removal's answer on.
 */
public interface RemovedParticipants {

    void record(ParticipantId participantId, WorkshopId workshopId, Instant at);

    boolean isRemoved(ParticipantId participantId);
}
