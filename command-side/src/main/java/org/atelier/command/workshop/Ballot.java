package org.atelier.command.workshop;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.atelier.shared.vote.DotsOnMerge;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;

/**
 * The dots each participant has put, phase by phase (a phase gone back to keeps its own). A dot
 * goes on a {@link VoteTarget}. Dots on a target that leaves the board go back to their voters; dots
 * on a cluster merged into another follow it ({@link DotsOnMerge}, the rule the board follows too).
 */
final class Ballot {

    private final Map<Phase, Map<ParticipantId, Map<VoteTarget, Integer>>> dots = new EnumMap<>(Phase.class);

    boolean hasDotsLeft(Phase phase, ParticipantId voter, int budget) {
        return read(phase, voter).values().stream().mapToInt(Integer::intValue).sum() < budget;
    }

    boolean hasVoted(Phase phase, ParticipantId voter, VoteTarget target) {
        return dotsOn(phase, voter, target) > 0;
    }

    /** Whether anyone has a dot on {@code target} in {@code phase}. */
    boolean hasAnyDots(Phase phase, VoteTarget target) {
        return dots.getOrDefault(phase, Map.of()).values().stream().anyMatch(ballot -> ballot.containsKey(target));
    }

    int dotsOn(Phase phase, ParticipantId voter, VoteTarget target) {
        return read(phase, voter).getOrDefault(target, 0);
    }

    void cast(Phase phase, ParticipantId voter, VoteTarget target) {
        of(phase, voter).merge(target, 1, Integer::sum);
    }

    void retract(Phase phase, ParticipantId voter, VoteTarget target) {
        of(phase, voter).computeIfPresent(target, (id, n) -> n > 1 ? n - 1 : null);
    }

    /** The target left the board: every dot on it is free again. */
    void discard(VoteTarget target) {
        dots.values().forEach(voters -> voters.values().forEach(ballot -> ballot.remove(target)));
    }

    /** Every dot on the merged cluster {@code from} now lies on {@code into}. */
    void move(VoteTarget from, VoteTarget into) {
        dots.values().forEach(voters -> voters.replaceAll((voter, ballot) -> DotsOnMerge.follow(ballot, from, into)));
    }

    /** Deciding only reads: state changes only when an event is applied. */
    private Map<VoteTarget, Integer> read(Phase phase, ParticipantId voter) {
        return dots.getOrDefault(phase, Map.of()).getOrDefault(voter, Map.of());
    }

    private Map<VoteTarget, Integer> of(Phase phase, ParticipantId voter) {
        return dots.computeIfAbsent(phase, p -> new HashMap<>()).computeIfAbsent(voter, v -> new HashMap<>());
    }
}
