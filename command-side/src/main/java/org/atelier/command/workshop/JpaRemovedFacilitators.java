package org.atelier.command.workshop;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;

import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.WorkshopId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removed facilitators in the command side's own table, beside the event store; asked as
 * {@link JpaRemovedParticipants} is, once a request, by one indexed JDBC query, a removal once seen
 * remembered (it is never undone).
 */
@Component
class JpaRemovedFacilitators implements RemovedFacilitators {

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final Set<String> seenRemoved = ConcurrentHashMap.newKeySet();

    JpaRemovedFacilitators(EntityManager entityManager, JdbcTemplate jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
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
        String key = keyOf(workshopId, facilitatorId);
        if (seenRemoved.contains(key)) {
            return true;
        }
        boolean removed = !jdbc.queryForList("SELECT 1 FROM removed_facilitator WHERE workshop_facilitator = ?",
                Integer.class, key).isEmpty();
        if (removed) {
            seenRemoved.add(key);
        }
        return removed;
    }

    private static String keyOf(WorkshopId workshopId, FacilitatorId facilitatorId) {
        return workshopId.value() + " " + facilitatorId.value();
    }
}
