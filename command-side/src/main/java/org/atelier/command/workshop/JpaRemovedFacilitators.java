package org.atelier.command.workshop;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.WorkshopId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removed facilitators in the command side's own table, beside the event store: written through JPA
 * in the removal's transaction, asked at every request through a {@link RemovalLookup}.
 */
@Component
class JpaRemovedFacilitators implements RemovedFacilitators {

    private final EntityManager entityManager;
    private final RemovalLookup removals;

    JpaRemovedFacilitators(EntityManager entityManager, JdbcTemplate jdbc) {
        this.entityManager = entityManager;
        this.removals = new RemovalLookup(jdbc, "SELECT 1 FROM removed_facilitator WHERE workshop_facilitator = ?");
    }

    @Override
    public void record(WorkshopId workshopId, FacilitatorId facilitatorId, Instant at) {
        String key = keyOf(workshopId, facilitatorId);
        if (entityManager.find(RemovedFacilitatorEntry.class, key) == null) {
            entityManager.persist(new RemovedFacilitatorEntry(key, at));
            entityManager.flush();
        }
    }

    @Override
    public boolean isRemoved(WorkshopId workshopId, FacilitatorId facilitatorId) {
        return removals.isRemoved(keyOf(workshopId, facilitatorId));
    }

    private static String keyOf(WorkshopId workshopId, FacilitatorId facilitatorId) {
        return workshopId.value() + " " + facilitatorId.value();
    }
}
