package org.atelier.query.board;

import java.util.List;

import org.atelier.query.board.BoardView.ProposalView;
import org.atelier.query.board.BoardView.ProposalView.ActionView;
import org.atelier.query.board.BoardView.ProposalView.CommitmentView;
import org.atelier.query.board.BoardView.ProposalView.ConditionsView;
import org.atelier.shared.workshop.Audience;

/**
 * Proposals as one audience may see them. Commitments and actions are organisations' acts and are
 * shown to all; where REALIZATION is anonymous the proposer is left out as an idea's author is
 * (the proposer still sees it, evaluators see the organisation); hidden tallies read 0 for the
 * room during REALIZATION's VOTE step.
 */
final class ProposalViews {

    private ProposalViews() {
    }

    static List<ProposalView> of(BoardDocument board, Audience audience, String viewer) {
        ScoringViews scoring = ScoringViews.of(board, audience);
        return board.getProposals().stream().map(proposal -> of(board, proposal, audience, viewer, scoring)).toList();
    }

    static ProposalView of(BoardDocument board, ProposalEntry proposal, Audience audience, String viewer) {
        return of(board, proposal, audience, viewer, ScoringViews.of(board, audience));
    }

    private static ProposalView of(BoardDocument board, ProposalEntry proposal, Audience audience, String viewer,
                                   ScoringViews scoring) {
        boolean anonymous = board.settingsOf("REALIZATION").anonymous()
                && (viewer == null || !viewer.equals(proposal.proposer()));
        return new ProposalView(proposal.proposalId(), board.getWorkshopId(), proposal.title(),
                proposal.description(), proposal.derivedFromIdeas(), proposal.derivedFromClusters(),
                proposal.leadOrganisationId(),
                new ConditionsView(proposal.conditions().resources(), proposal.conditions().obstacles(),
                        proposal.conditions().firstSteps(), proposal.conditions().timeline()),
                anonymous ? null : proposal.proposer(),
                anonymous && audience != Audience.EVALUATOR ? null : proposal.proposerOrganisationId(),
                proposal.status(),
                proposal.commitments().stream()
                        .map(commitment -> new CommitmentView(commitment.organisationId(), commitment.at()))
                        .toList(),
                proposal.partnershipId(), proposal.priority(),
                BoardView.talliesHidden(board, "REALIZATION", audience) ? 0 : proposal.votes(),
                proposal.actions().stream()
                        .map(action -> new ActionView(action.actionId(), action.organisationId(), action.what(),
                                action.due(), action.status(), action.agreedAt(), action.updatedAt()))
                        .toList(),
                proposal.proposedAt(), proposal.amendedAt(), scoring.proposalPoints(proposal.proposalId()),
                scoring.proposalRatings(proposal.proposalId()));
    }
}
