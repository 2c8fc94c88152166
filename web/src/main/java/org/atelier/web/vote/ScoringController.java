package org.atelier.web.vote;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.vote.AllocatePoints;
import org.atelier.shared.vote.Allocation;
import org.atelier.shared.vote.RateCriterion;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.cluster.ClusterIds;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.idea.IdeaIds;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.atelier.web.security.ParticipatesInWorkshop;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Points and criteria, the voting modes beside dots: during the VOTE step of a POINTS phase a
 * participant shares out 100 points (each call replaces their whole allocation); in a CRITERIA
 * phase they score each target from 1 to 5 on each criterion. The workshop decides; this only reads
 * the request's form.
 */
@RestController
@RequestMapping("/api/workshops/{workshopId}")
class ScoringController {

    private final Dispatcher dispatcher;
    private final Clock clock;

    ScoringController(Dispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Exactly one of the ids: the idea, the cluster or the proposal the points go on. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PointsLine(String ideaId, String clusterId, String proposalId, BigDecimal points) {
    }

    record PointsRequest(List<PointsLine> allocations) {
    }

    record PointsAnswer(List<PointsLine> allocations, int total, int pointsLeft) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RatingRequest(String ideaId, String clusterId, String proposalId, String criterionId, BigDecimal score) {
    }

    @ParticipatesInWorkshop
    @PutMapping("/points")
    PointsAnswer allocate(Caller caller, @PathVariable WorkshopId workshopId, @RequestBody PointsRequest request) {
        if (request == null || request.allocations() == null) {
            throw ApiException.invalid("allocations", "allocations is required: a list, empty to take every point back.");
        }
        List<Allocation> allocations = new ArrayList<>();
        List<PointsLine> echoed = new ArrayList<>();
        int total = 0;
        for (PointsLine line : request.allocations()) {
            if (line == null) {
                throw ApiException.invalid("allocations", "Each allocation is {ideaId | clusterId | proposalId, points}.");
            }
            Target target = Target.of(line.ideaId(), line.clusterId(), line.proposalId());
            int points = wholeNumber("points", line.points());
            allocations.add(new Allocation(target.ideaId(), target.clusterId(), target.proposalId(), points));
            echoed.add(new PointsLine(line.ideaId(), line.clusterId(), line.proposalId(), BigDecimal.valueOf(points)));
            total += points;
        }
        dispatcher.sendToWorkshop(workshopId,
                new AllocatePoints(workshopId, caller.participantId(), List.copyOf(allocations), clock.instant()),
                caller);
        return new PointsAnswer(echoed, total, 100 - total);
    }

    @ParticipatesInWorkshop
    @PutMapping("/ratings")
    RatingRequest rate(Caller caller, @PathVariable WorkshopId workshopId, @RequestBody RatingRequest request) {
        if (request == null) {
            throw ApiException.invalid("criterionId", "The body is {ideaId | clusterId | proposalId, criterionId, score}.");
        }
        Target target = Target.of(request.ideaId(), request.clusterId(), request.proposalId());
        if (request.criterionId() == null || request.criterionId().isBlank()) {
            throw ApiException.invalid("criterionId", "criterionId is required: one of the phase's criteria.");
        }
        int score = wholeNumber("score", request.score());
        dispatcher.sendToWorkshop(workshopId, new RateCriterion(workshopId, caller.participantId(), target.ideaId(),
                target.clusterId(), target.proposalId(), request.criterionId(), score, clock.instant()), caller);
        return new RatingRequest(request.ideaId(), request.clusterId(), request.proposalId(), request.criterionId(),
                BigDecimal.valueOf(score));
    }

    /** A whole number that fits an int; the workshop decides its range. */
    private static int wholeNumber(String field, BigDecimal value) {
        if (value == null) {
            throw ApiException.invalid(field, field + " is required: a whole number.");
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException notWhole) {
            throw ApiException.invalid(field, field + " must be a whole number.");
        }
    }

    /** What is voted on: exactly one of an idea, a cluster and a proposal. */
    private record Target(IdeaId ideaId, ClusterId clusterId, ProposalId proposalId) {

        static Target of(String ideaId, String clusterId, String proposalId) {
            int given = (ideaId == null ? 0 : 1) + (clusterId == null ? 0 : 1) + (proposalId == null ? 0 : 1);
            if (given != 1) {
                throw ApiException.invalid("ideaId", "Give exactly one of ideaId, clusterId and proposalId.");
            }
            if (ideaId != null) {
                return new Target(IdeaIds.of("ideaId", ideaId), null, null);
            }
            if (clusterId != null) {
                return new Target(null, ClusterIds.of("clusterId", clusterId), null);
            }
            return new Target(null, null, new ProposalId(IdeaIds.of("proposalId", proposalId).value()));
        }
    }
}
