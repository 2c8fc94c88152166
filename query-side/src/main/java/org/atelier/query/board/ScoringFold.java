package org.atelier.query.board;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.atelier.query.board.ScoringEntry.CriterionEntry;
import org.atelier.query.board.ScoringEntry.ModeEntry;
import org.atelier.query.fold.EventCases;
import org.atelier.shared.vote.Allocation;
import org.atelier.shared.vote.CriterionRated;
import org.atelier.shared.vote.PointsAllocated;
import org.atelier.shared.vote.VotingModeChosen;

/** How voting modes, points and scores change a board: each allocation replaces the voter's earlier one. */
final class ScoringFold {

    private ScoringFold() {
    }

    static EventCases.Builder<BoardDocument, Instant> addTo(EventCases.Builder<BoardDocument, Instant> cases) {
        return cases
                .on(VotingModeChosen.class, (board, e, at) -> board.getScoring().getModes().put(e.phase().name(),
                        new ModeEntry(e.mode().name(), e.criteria().stream()
                                .map(criterion -> new CriterionEntry(criterion.criterionId(), criterion.label()))
                                .toList())))
                .on(PointsAllocated.class, (board, e, at) -> {
                    String phase = e.phase().name();
                    Map<String, Integer> mine = board.getScoring().getPoints()
                            .computeIfAbsent(e.voter().value(), voter -> new HashMap<>());
                    mine.keySet().removeIf(key -> key.startsWith(phase + ":"));
                    for (Allocation allocation : e.allocations()) {
                        mine.put(targetKey(phase, allocation.ideaId() == null ? null : allocation.ideaId().value(),
                                allocation.clusterId() == null ? null : allocation.clusterId().value(),
                                allocation.proposalId() == null ? null : allocation.proposalId().value()),
                                allocation.points());
                    }
                })
                .on(CriterionRated.class, (board, e, at) -> board.getScoring().getScores()
                        .computeIfAbsent(e.voter().value(), voter -> new HashMap<>())
                        .put(ScoringEntry.scoreKey(targetKey(e.phase().name(),
                                e.ideaId() == null ? null : e.ideaId().value(),
                                e.clusterId() == null ? null : e.clusterId().value(),
                                e.proposalId() == null ? null : e.proposalId().value()), e.criterionId()), e.score()));
    }

    static String targetKey(String phase, String ideaId, String clusterId, String proposalId) {
        return ideaId != null ? BoardDocument.ideaDot(phase, ideaId)
                : clusterId != null ? BoardDocument.clusterDot(phase, clusterId)
                : BoardDocument.proposalDot(phase, proposalId);
    }
}
