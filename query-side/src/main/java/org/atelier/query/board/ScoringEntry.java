package org.atelier.query.board;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A board's voting modes beside dots, as the read model holds them: each phase's mode and criteria,
 * each voter's points (keyed like dots: phase, kind and id of the target) and each voter's scores
 * (the same key, {@code |}, the criterion's id).
 */
public class ScoringEntry {

    private Map<String, ModeEntry> modes = new HashMap<>();
    private Map<String, Map<String, Integer>> points = new HashMap<>();
    private Map<String, Map<String, Integer>> scores = new HashMap<>();

    /** A phase's mode ({@code DOTS}, {@code POINTS} or {@code CRITERIA}) and, for CRITERIA, its criteria. */
    public record ModeEntry(String mode, List<CriterionEntry> criteria) {
    }

    public record CriterionEntry(String criterionId, String label) {
    }

    static final ModeEntry DOTS = new ModeEntry("DOTS", List.of());

    ModeEntry modeOf(String phase) {
        return phase == null ? DOTS : modes.getOrDefault(phase, DOTS);
    }

    static String scoreKey(String targetKey, String criterionId) {
        return targetKey + "|" + criterionId;
    }

    public Map<String, ModeEntry> getModes() {
        return modes;
    }

    public void setModes(Map<String, ModeEntry> modes) {
        this.modes = modes;
    }

    /** Each voter's points: participant id → a target key → points. */
    public Map<String, Map<String, Integer>> getPoints() {
        return points;
    }

    public void setPoints(Map<String, Map<String, Integer>> points) {
        this.points = points;
    }

    /** Each voter's scores: participant id → a target key, {@code |}, a criterion id → score. */
    public Map<String, Map<String, Integer>> getScores() {
        return scores;
    }

    public void setScores(Map<String, Map<String, Integer>> scores) {
        this.scores = scores;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScoringEntry that && modes.equals(that.modes) && points.equals(that.points)
                && scores.equals(that.scores);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modes, points, scores);
    }
}
