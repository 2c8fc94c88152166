package org.atelier.command.workshop;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.atelier.command.workshop.ProposalRejections.ProposalIdTaken;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.workshop.WorkshopId;
import org.springframework.stereotype.Component;

/**
 * Proposal ids in the command side's own table, written in the transaction of the command that
 * records the proposal, so an id never names proposals of two workshops.
 */
@Component
class JpaProposalIds implements ProposalIds {

    private final EntityManager entityManager;

    JpaProposalIds(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void claim(ProposalId proposalId, WorkshopId workshopId) {
        ProposalIdEntry existing = entityManager.find(ProposalIdEntry.class, proposalId.value());
        if (existing != null) {
            if (!existing.workshopId().equals(workshopId.value())) {
                throw new ProposalIdTaken(proposalId);
            }
            return;
        }
        try {
            entityManager.persist(new ProposalIdEntry(proposalId.value(), workshopId.value()));
            entityManager.flush();
        } catch (PersistenceException raced) {
            // another workshop claimed the same id in a concurrent transaction
            throw new ProposalIdTaken(proposalId);
        }
    }

    @Override
    public Optional<WorkshopId> workshopOf(ProposalId proposalId) {
        return Optional.ofNullable(entityManager.find(ProposalIdEntry.class, proposalId.value()))
                .map(entry -> new WorkshopId(entry.workshopId()));
    }
}
