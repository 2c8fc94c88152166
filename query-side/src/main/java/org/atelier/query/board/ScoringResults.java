package org.atelier.query.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.query.board.BoardView.ClusterView;
import org.atelier.query.board.BoardView.IdeaView;
import org.atelier.query.board.BoardView.ProposalView;
import org.atelier.query.board.ScoringViews.RatingView;

/**
 * Points and criteria results as a table: what was voted on in each POINTS or CRITERIA phase,
 * ranked within its phase (by points, or by the mean of its criteria's averages), one row per
 * target and, for criteria, per criterion. Read from a board view, so hidden tallies stay hidden.
 */
final class ScoringResults {

    static final String[] COLUMNS = {"phase", "votingMode", "rank", "kind", "targetId", "label", "points",
        "criterionId", "criterion", "average", "count"};

    private ScoringResults() {
    }

    private record Result(String phase, String kind, String id, String label, Integer points,
                          List<RatingView> ratings) {

        double score() {
            if (points != null) {
                return points;
            }
            return ratings.stream().mapToDouble(RatingView::average).average().orElse(0);
        }
    }

    static List<Map<String, Object>> rows(BoardDocument board, BoardView view) {
        List<Result> results = new ArrayList<>();
        for (IdeaView idea : view.ideas()) {
            results.add(new Result(idea.phase(), "idea", idea.ideaId(), idea.text(), idea.points(), idea.ratings()));
        }
        for (ClusterView cluster : view.clusters()) {
            results.add(new Result(cluster.phase(), "cluster", cluster.clusterId(), cluster.title(), cluster.points(),
                    cluster.ratings()));
        }
        for (ProposalView proposal : view.proposals()) {
            if (ProposalEntry.OPEN.equals(proposal.status())) {
                results.add(new Result("REALIZATION", "proposal", proposal.proposalId(), proposal.title(),
                        proposal.points(), proposal.ratings()));
            }
        }
        results.removeIf(result -> result.points() == null && result.ratings() == null);
        results.sort(Comparator.comparing(Result::phase).thenComparing(Comparator.comparingDouble(Result::score)
                .reversed()));
        List<Map<String, Object>> rows = new ArrayList<>();
        String phase = null;
        int rank = 0;
        for (Result result : results) {
            rank = result.phase().equals(phase) ? rank + 1 : 1;
            phase = result.phase();
            ScoringEntry.ModeEntry mode = board.getScoring().modeOf(phase);
            if (result.points() != null) {
                rows.add(row(result, mode.mode(), rank, null, null, null, null));
                continue;
            }
            for (RatingView rating : result.ratings()) {
                String label = mode.criteria().stream()
                        .filter(criterion -> criterion.criterionId().equals(rating.criterionId()))
                        .map(ScoringEntry.CriterionEntry::label).findFirst().orElse(rating.criterionId());
                rows.add(row(result, mode.mode(), rank, rating.criterionId(), label, rating.average(),
                        rating.count()));
            }
        }
        return rows;
    }

    private static Map<String, Object> row(Result result, String mode, int rank, String criterionId, String criterion,
                                           Double average, Integer count) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("phase", result.phase());
        row.put("votingMode", mode);
        row.put("rank", rank);
        row.put("kind", result.kind());
        row.put("targetId", result.id());
        row.put("label", result.label());
        row.put("points", result.points());
        row.put("criterionId", criterionId);
        row.put("criterion", criterion);
        row.put("average", average);
        row.put("count", count);
        return row;
    }
}
