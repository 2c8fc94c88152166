package org.atelier.command.workshop;

import org.atelier.command.rejection.DomainRejection;
import org.atelier.shared.PublicName;
import org.atelier.shared.Rejection;
import org.atelier.shared.vote.VotingMode;
import org.atelier.shared.workshop.Phase;

/** The named refusals of points and criteria voting. */
final class ScoringRejections {

    private ScoringRejections() {
    }

    @PublicName("PointsOverBudget")
    static class PointsOverBudget extends DomainRejection {
        PointsOverBudget(int total) {
            super(Rejection.CONFLICT, "allocations", "These allocations add up to " + total + " points; at most "
                    + Scoring.POINTS_BUDGET + " can be shared out.");
        }
    }

    @PublicName("NotDotVoting")
    static class NotDotVoting extends DomainRejection {
        NotDotVoting(Phase phase, VotingMode mode) {
            super(Rejection.CONFLICT, "Phase " + phase + " votes with " + mode + ", not with dots.");
        }
    }

    @PublicName("UnknownCriterion")
    static class UnknownCriterion extends DomainRejection {
        UnknownCriterion(String criterionId) {
            super(Rejection.INVALID_INPUT, "criterionId", "No criterion " + criterionId + " in this phase.");
        }
    }
}
