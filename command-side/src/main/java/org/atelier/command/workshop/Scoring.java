package org.atelier.command.workshop;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.command.workshop.ScoringRejections.NotDotVoting;
import org.atelier.command.workshop.ScoringRejections.PointsOverBudget;
import org.atelier.command.workshop.ScoringRejections.UnknownCriterion;
import org.atelier.command.workshop.WorkshopRejections.NotVoting;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.vote.AllocatePoints;
import org.atelier.shared.vote.Allocation;
import org.atelier.shared.vote.Criterion;
import org.atelier.shared.vote.CriterionRated;
import org.atelier.shared.vote.DotsOnMerge;
import org.atelier.shared.vote.PointsAllocated;
import org.atelier.shared.vote.RateCriterion;
import org.atelier.shared.vote.VotingMode;
import org.atelier.shared.vote.VotingModeChosen;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The workshop's voting modes beside dots: each phase votes with dots (the default), with 100 points
 * a participant shares out, or with a score from 1 to 5 on each criterion the facilitator named. A
 * new allocation replaces the voter's whole earlier one, a new score the earlier score for the same
 * target and criterion; the same allocation or score again records nothing.
 */
class Scoring {

    static final int POINTS_BUDGET = 100;
    static final int MIN_SCORE = 1;
    static final int MAX_SCORE = 5;

    private final Room room;
    private final Map<Phase, VotingRules> rules = new EnumMap<>(Phase.class);
    /** Each voter's points in each phase, by target (none at 0). */
    private final Map<Phase, Map<ParticipantId, Map<VoteTarget, Integer>>> points = new EnumMap<>(Phase.class);
    /** Each voter's score by phase, target and criterion. */
    private final Map<ScoreKey, Integer> scores = new HashMap<>();

    private record ScoreKey(Phase phase, ParticipantId voter, VoteTarget target, String criterionId) {
    }

    Scoring(Room room) {
        this.room = room;
    }

    /** The facilitator's choice for a phase, checked; recorded only when it changes; none given keeps it. */
    void choose(Phase phase, VotingMode mode, List<Criterion> criteria, Instant at) {
        if (mode == null && criteria == null) {
            return;
        }
        VotingRules chosen = VotingRules.of(mode, criteria);
        if (!chosen.equals(rulesOf(phase))) {
            apply(new VotingModeChosen(room.workshopId(), phase, chosen.mode(), chosen.criteria(), at));
        }
    }

    /** Dots are put only in a phase that votes with dots. */
    void mustVoteWithDots() {
        VotingMode mode = rulesOf(room.phase()).mode();
        if (mode != VotingMode.DOTS) {
            throw new NotDotVoting(room.phase(), mode);
        }
    }

    @CommandHandler
    long handle(AllocatePoints command) {
        room.mayVote(command.voter());
        mustVoteWith(VotingMode.POINTS);
        List<Allocation> allocations = command.allocations() == null ? List.of() : command.allocations();
        Set<VoteTarget> targets = new HashSet<>();
        int total = 0;
        for (Allocation allocation : allocations) {
            VoteTarget target = allocation == null ? null : targetOf(allocation).orElse(null);
            if (target == null) {
                throw new InvalidInput("allocations", "Each allocation names an idea, a cluster or a proposal.");
            }
            if (allocation.points() < 0) {
                throw new InvalidInput("points", "Points are whole numbers from 0.");
            }
            if (!targets.add(target)) {
                throw new InvalidInput("allocations", target + " appears twice; give it one line.");
            }
            room.mustBeVoteTarget(target);
            total += allocation.points();
        }
        if (total > POINTS_BUDGET) {
            throw new PointsOverBudget(total);
        }
        if (pointsOf(allocations).equals(points.getOrDefault(room.phase(), Map.of()).getOrDefault(command.voter(),
                Map.of()))) {
            return Workshop.position();
        }
        apply(new PointsAllocated(room.workshopId(), command.voter(), room.phase(),
                allocations.stream().filter(allocation -> allocation.points() > 0).toList(), command.at()));
        return Workshop.position();
    }

    @CommandHandler
    long handle(RateCriterion command) {
        room.mayVote(command.voter());
        mustVoteWith(VotingMode.CRITERIA);
        VoteTarget target = VoteTarget.named(command.ideaId(), command.clusterId(), command.proposalId())
                .orElseThrow(() -> new InvalidInput("ideaId", "A score goes on an idea, a cluster or a proposal."));
        if (!rulesOf(room.phase()).hasCriterion(command.criterionId())) {
            throw new UnknownCriterion(command.criterionId());
        }
        if (command.score() < MIN_SCORE || command.score() > MAX_SCORE) {
            throw new InvalidInput("score", "A score is a whole number from " + MIN_SCORE + " to " + MAX_SCORE + ".");
        }
        room.mustBeVoteTarget(target);
        if (Integer.valueOf(command.score()).equals(scores.get(
                new ScoreKey(room.phase(), command.voter(), target, command.criterionId())))) {
            return Workshop.position();
        }
        apply(new CriterionRated(room.workshopId(), command.voter(), room.phase(), command.ideaId(),
                command.clusterId(), command.proposalId(), command.criterionId(), command.score(), command.at()));
        return Workshop.position();
    }

    private void mustVoteWith(VotingMode mode) {
        VotingMode current = rulesOf(room.phase()).mode();
        if (current != mode) {
            throw new NotVoting(room.phase(), current);
        }
    }

    private VotingRules rulesOf(Phase phase) {
        return phase == null ? VotingRules.DOTS : rules.getOrDefault(phase, VotingRules.DOTS);
    }

    private static Map<VoteTarget, Integer> pointsOf(List<Allocation> allocations) {
        Map<VoteTarget, Integer> byTarget = new HashMap<>();
        allocations.stream().filter(allocation -> allocation.points() > 0)
                .forEach(allocation -> byTarget.put(targetOf(allocation).orElse(null), allocation.points()));
        return byTarget;
    }

    private static Optional<VoteTarget> targetOf(Allocation allocation) {
        return VoteTarget.named(allocation.ideaId(), allocation.clusterId(), allocation.proposalId());
    }

    /** Whether anyone has points or a score on {@code target} in {@code phase}. */
    boolean hasVotesOn(Phase phase, VoteTarget target) {
        return points.getOrDefault(phase, Map.of()).values().stream().anyMatch(byTarget -> byTarget.containsKey(target))
                || scores.keySet().stream().anyMatch(key -> key.phase() == phase && key.target().equals(target));
    }

    @EventSourcingHandler
    void on(VotingModeChosen event) {
        rules.put(event.phase(), new VotingRules(event.mode(), List.copyOf(event.criteria())));
    }

    @EventSourcingHandler
    void on(PointsAllocated event) {
        points.computeIfAbsent(event.phase(), phase -> new HashMap<>()).put(event.voter(),
                pointsOf(event.allocations()));
    }

    /** Points on a merged cluster follow it, as dots do ({@link DotsOnMerge}): no voter loses any. */
    @EventSourcingHandler
    void on(ClustersMerged event) {
        VoteTarget merged = VoteTarget.cluster(event.clusterId());
        VoteTarget into = VoteTarget.cluster(event.into());
        points.values().forEach(voters ->
                voters.replaceAll((voter, byTarget) -> DotsOnMerge.follow(byTarget, merged, into)));
    }

    @EventSourcingHandler
    void on(CriterionRated event) {
        VoteTarget target = VoteTarget.named(event.ideaId(), event.clusterId(), event.proposalId()).orElseThrow();
        scores.put(new ScoreKey(event.phase(), event.voter(), target, event.criterionId()), event.score());
    }
}
