package org.atelier.query.board;

import java.util.Comparator;
import java.util.List;

import org.atelier.shared.proposal.FindActions;
import org.atelier.shared.proposal.FindProposal;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers proposal and follow-up queries from the boards; {@code null} when there is no such proposal. */
@Component
class ProposalQueries {

    private final Boards boards;

    ProposalQueries(Boards boards) {
        this.boards = boards;
    }

    @QueryHandler
    BoardView.ProposalView handle(FindProposal query) {
        String viewer = query.viewer() == null ? null : query.viewer().value();
        return boards.read(query.workshopId(), board -> board.getProposals().stream()
                        .filter(proposal -> proposal.proposalId().equals(query.proposalId().value()))
                        .findFirst()
                        .map(proposal -> ProposalViews.of(board, proposal, query.audience(), viewer)))
                .flatMap(found -> found)
                .orElse(null);
    }

    /** Oldest first; none when there is no such workshop. */
    @QueryHandler
    List<FollowUpView> handle(FindActions query) {
        return boards.read(query.workshopId(), board -> board.getProposals().stream()
                        .flatMap(proposal -> proposal.actions().stream()
                                .map(action -> new FollowUpView(action.actionId(), proposal.proposalId(),
                                        proposal.title(), action.organisationId(), action.what(), action.due(),
                                        action.status(), action.agreedAt(), action.updatedAt())))
                        .sorted(Comparator.comparing(FollowUpView::agreedAt))
                        .toList())
                .orElse(List.of());
    }
}
