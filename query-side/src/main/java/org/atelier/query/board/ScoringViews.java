package org.atelier.query.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.query.board.ScoringEntry.CriterionEntry;
import org.atelier.query.board.ScoringEntry.ModeEntry;
import org.atelier.shared.workshop.Audience;

/**
 * Points and scores as one audience reads them: a POINTS phase's targets carry their sum, a
 * CRITERIA phase's the average and count per criterion; while the phase's tallies are hidden they
 * read 0 as dots do. Targets of a DOTS phase carry neither ({@code null}).
 */
public final class ScoringViews {

    /** The room's scores on one criterion of one target. */
    public record RatingView(String criterionId, double average, int count) {
    }

    /** The viewer's points on one idea, one cluster or one proposal (the other ids are {@code null}). */
    public record MyPoints(String ideaId, String clusterId, String proposalId, int points) {
    }

    /** The viewer's score on one criterion of one idea, cluster or proposal. */
    public record MyRating(String ideaId, String clusterId, String proposalId, String criterionId, int score) {
    }

    private final BoardDocument board;
    private final Audience audience;
    private final Map<String, Integer> points = new HashMap<>();
    private final Map<String, int[]> scores = new HashMap<>();

    private ScoringViews(BoardDocument board, Audience audience) {
        this.board = board;
        this.audience = audience;
        board.getScoring().getPoints().values().forEach(mine -> mine.forEach((key, n) -> points.merge(key, n, Integer::sum)));
        board.getScoring().getScores().values().forEach(mine -> mine.forEach((key, score) -> {
            int[] sumAndCount = scores.computeIfAbsent(key, k -> new int[2]);
            sumAndCount[0] += score;
            sumAndCount[1]++;
        }));
    }

    static ScoringViews of(BoardDocument board, Audience audience) {
        return new ScoringViews(board, audience);
    }

    Integer pointsOf(String phase, String key) {
        if (!"POINTS".equals(board.getScoring().modeOf(phase).mode())) {
            return null;
        }
        return BoardView.talliesHidden(board, phase, audience) ? 0 : points.getOrDefault(key, 0);
    }

    List<RatingView> ratingsOf(String phase, String key) {
        ModeEntry mode = board.getScoring().modeOf(phase);
        if (!"CRITERIA".equals(mode.mode())) {
            return null;
        }
        boolean hidden = BoardView.talliesHidden(board, phase, audience);
        List<RatingView> ratings = new ArrayList<>();
        for (CriterionEntry criterion : mode.criteria()) {
            int[] sumAndCount = hidden ? null : scores.get(ScoringEntry.scoreKey(key, criterion.criterionId()));
            ratings.add(sumAndCount == null ? new RatingView(criterion.criterionId(), 0, 0)
                    : new RatingView(criterion.criterionId(),
                    Math.round(100.0 * sumAndCount[0] / sumAndCount[1]) / 100.0, sumAndCount[1]));
        }
        return List.copyOf(ratings);
    }

    Integer ideaPoints(String phase, String ideaId) {
        return pointsOf(phase, BoardDocument.ideaDot(phase, ideaId));
    }

    List<RatingView> ideaRatings(String phase, String ideaId) {
        return ratingsOf(phase, BoardDocument.ideaDot(phase, ideaId));
    }

    Integer clusterPoints(String phase, String clusterId) {
        return pointsOf(phase, BoardDocument.clusterDot(phase, clusterId));
    }

    List<RatingView> clusterRatings(String phase, String clusterId) {
        return ratingsOf(phase, BoardDocument.clusterDot(phase, clusterId));
    }

    Integer proposalPoints(String proposalId) {
        return pointsOf("REALIZATION", BoardDocument.proposalDot("REALIZATION", proposalId));
    }

    List<RatingView> proposalRatings(String proposalId) {
        return ratingsOf("REALIZATION", BoardDocument.proposalDot("REALIZATION", proposalId));
    }

    /** The viewer's points in the phase now open, on what is still on the board. */
    static List<MyPoints> myPoints(BoardDocument board, String me) {
        Map<String, Integer> mine = me == null ? null : board.getScoring().getPoints().get(me);
        if (mine == null || board.getPhase() == null) {
            return List.of();
        }
        Set<String> onBoard = targetsOnBoard(board);
        List<MyPoints> answer = new ArrayList<>();
        mine.forEach((key, n) -> {
            String[] target = target(board.getPhase(), key);
            if (target != null && n > 0 && onBoard.contains(key)) {
                answer.add(new MyPoints(target[0], target[1], target[2], n));
            }
        });
        return List.copyOf(answer);
    }

    /** The viewer's scores in the phase now open, on what is still on the board. */
    static List<MyRating> myRatings(BoardDocument board, String me) {
        Map<String, Integer> mine = me == null ? null : board.getScoring().getScores().get(me);
        if (mine == null || board.getPhase() == null) {
            return List.of();
        }
        Set<String> onBoard = targetsOnBoard(board);
        List<MyRating> answer = new ArrayList<>();
        mine.forEach((key, score) -> {
            int bar = key.lastIndexOf('|');
            String targetKey = key.substring(0, bar);
            String[] target = target(board.getPhase(), targetKey);
            if (target != null && onBoard.contains(targetKey)) {
                answer.add(new MyRating(target[0], target[1], target[2], key.substring(bar + 1), score));
            }
        });
        return List.copyOf(answer);
    }

    private static Set<String> targetsOnBoard(BoardDocument board) {
        String phase = board.getPhase();
        Set<String> keys = new HashSet<>();
        board.getIdeas().forEach(idea -> keys.add(BoardDocument.ideaDot(phase, idea.ideaId())));
        board.getClusters().forEach(cluster -> keys.add(BoardDocument.clusterDot(phase, cluster.clusterId())));
        board.getProposals().stream().filter(proposal -> ProposalEntry.OPEN.equals(proposal.status()))
                .forEach(proposal -> keys.add(BoardDocument.proposalDot(phase, proposal.proposalId())));
        return keys;
    }

    /** The idea, cluster and proposal id (one of them set) a key of the phase names, or {@code null}. */
    private static String[] target(String phase, String key) {
        String[] parts = key.split(":", 3);
        if (parts.length < 3 || !parts[0].equals(phase)) {
            return null;
        }
        return new String[] {"idea".equals(parts[1]) ? parts[2] : null, "cluster".equals(parts[1]) ? parts[2] : null,
                "proposal".equals(parts[1]) ? parts[2] : null};
    }
}
