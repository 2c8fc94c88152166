package org.atelier.command.workshop;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.atelier.command.workshop.WorkshopRejections.JoinCodeTaken;
import org.atelier.shared.workshop.WorkshopId;
import org.springframework.stereotype.Component;

/**
 * Join codes in the command side's own table, written in the transaction of the command that
 * schedules the workshop, so a code is never given to two workshops.
 */
@Component
class JpaJoinCodes implements JoinCodes {

    private final EntityManager entityManager;

    JpaJoinCodes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void claim(String joinCode, WorkshopId workshopId) {
        if (entityManager.find(JoinCodeEntry.class, joinCode) != null) {
            throw new JoinCodeTaken(joinCode);
        }
        entityManager.persist(new JoinCodeEntry(joinCode, workshopId.value()));
        entityManager.flush();
    }

    @Override
    public Optional<WorkshopId> workshopFor(String joinCode) {
        return Optional.ofNullable(entityManager.find(JoinCodeEntry.class, joinCode))
                .map(entry -> new WorkshopId(entry.workshopId()));
    }
}
