package org.atelier.command.workshop;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.atelier.command.workshop.ProposalRejections.ProposalIdTaken;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.workshop.WorkshopId;

/** Proposal ids as {@link JpaProposalIds} keeps them: each names a proposal of one workshop. */
class InMemoryProposalIds implements ProposalIds {

    private final Map<ProposalId, WorkshopId> workshops = new HashMap<>();

    @Override
    public void claim(ProposalId proposalId, WorkshopId workshopId) {
        WorkshopId claimed = workshops.putIfAbsent(proposalId, workshopId);
        if (claimed != null && !claimed.equals(workshopId)) {
            throw new ProposalIdTaken(proposalId);
        }
    }

    @Override
    public Optional<WorkshopId> workshopOf(ProposalId proposalId) {
        return Optional.ofNullable(workshops.get(proposalId));
    }
}
