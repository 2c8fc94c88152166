package org.atelier.command.workshop;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removed participants in the command side's own table, beside the event store: written through JPA
 * in the removal's transaction, asked at every request through a {@link RemovalLookup}.
 */
@Component
class JpaRemovedParticipants implements RemovedParticipants {

    private final EntityManager entityManager;
    private final RemovalLookup removals;

    JpaRemovedParticipants(EntityManager entityManager, JdbcTemplate jdbc) {
        this.entityManager = entityManager;
        this.removals = new RemovalLookup(jdbc, "SELECT 1 FROM removed_participant WHERE participant_id = ?");
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
        return removals.isRemoved(participantId.value());
    }
}
