package org.atelier.command.workshop;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;

class InMemoryRemovedParticipants implements RemovedParticipants {

    private final Set<ParticipantId> removed = new HashSet<>();

    @Override
    public void record(ParticipantId participantId, WorkshopId workshopId, Instant at) {
        removed.add(participantId);
    }

    @Override
    public boolean isRemoved(ParticipantId participantId) {
        return removed.contains(participantId);
    }
}
