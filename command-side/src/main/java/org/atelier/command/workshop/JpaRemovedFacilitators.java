package org.atelier.command.workshop;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.WorkshopId;
import org.springframework.stereotype.Component;

/** Removed facilitators in the command side's own table, beside the event store. */
@Component
class JpaRemovedFacilitators implements RemovedFacilitators {

    private final EntityManager entityManager;

    JpaRemovedFacilitators(EntityManager entityManager) {
        this.entityManager = entityManager;
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
        return entityManager.find(RemovedFacilitatorEntry.class, keyOf(workshopId, facilitatorId)) != null;
    }

    private static String keyOf(WorkshopId workshopId, FacilitatorId facilitatorId) {
        return workshopId.value() + " " + facilitatorId.value();
    }
}
