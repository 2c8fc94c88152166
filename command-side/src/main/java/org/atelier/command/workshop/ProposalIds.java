package org.atelier.command.workshop;

import java.util.Optional;

import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.workshop.WorkshopId;

/**
 * Command-side lookup of proposal ids: each names one proposal in the whole programme, so that
 * {@code /api/proposals/{proposalId}} needs no workshop.
 */
public interface ProposalIds {

    /** Reserves the id for the workshop, or refuses with a conflict when another workshop has it. */
    void claim(ProposalId proposalId, WorkshopId workshopId);

    Optional<WorkshopId> workshopOf(ProposalId proposalId);
}
