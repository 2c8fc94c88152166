package org.atelier.command.workshop;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.springframework.stereotype.Component;

/** Removed participants in the command side's own table, beside the event store. */
@Component
class JpaRemovedParticipants implements RemovedParticipants {

    private final EntityManager entityManager;

    JpaRemovedParticipants(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void record(ParticipantId participantId, WorkshopId workshopId, Instant at) {
        if (entityManager.find(RemovedParticipantEntry.class, participantId.value()) == null) {
            entityManager.persist(new RemovedParticipantEntry(participantId.value(), workshopId.value(), at));
            entityManager.flush();
        }
    }

    @Override
    public boolean isRemoved(ParticipantId participantId) {
        return entityManager.find(RemovedParticipantEntry.class, participantId.value()) != null;
    }
}
