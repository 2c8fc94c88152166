package org.atelier.web.vote;

import java.time.Clock;

import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.vote.CastClusterVote;
import org.atelier.shared.vote.CastProposalVote;
import org.atelier.shared.vote.CastVote;
import org.atelier.shared.vote.RetractClusterVote;
import org.atelier.shared.vote.RetractProposalVote;
import org.atelier.shared.vote.RetractVote;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.cluster.ClusterIds;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.idea.IdeaIds;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.atelier.web.security.ParticipatesInWorkshop;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Participants put their dots on ideas, clusters or (in REALIZATION) project proposals during the
 * VOTE step, and take them back to move them; one budget per phase covers them all.
 */
@RestController
@RequestMapping("/api/workshops/{workshopId}/votes")
class VoteController {

    private final Dispatcher dispatcher;
    private final Clock clock;

    VoteController(Dispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Exactly one of them: the idea, the cluster or the proposal the dot goes on. */
    record VoteRequest(String ideaId, String clusterId, String proposalId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Voted(String ideaId, String clusterId, String proposalId) {

        Voted(String ideaId, String clusterId) {
            this(ideaId, clusterId, null);
        }
    }

    @ParticipatesInWorkshop
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Voted cast(Caller caller, @PathVariable WorkshopId workshopId, @RequestBody VoteRequest request) {
        if (request.ideaId() != null && request.clusterId() != null) {
            throw ApiException.invalid("clusterId",
                    "A dot goes on one idea or one cluster; give ideaId or clusterId, not both.");
        }
        if (request.proposalId() != null) {
            if (request.ideaId() != null || request.clusterId() != null) {
                throw ApiException.invalid("proposalId",
                        "A dot goes on one idea, one cluster or one proposal; give only one of their ids.");
            }
            ProposalId proposalId = new ProposalId(IdeaIds.of("proposalId", request.proposalId()).value());
            dispatcher.sendToWorkshop(workshopId,
                    new CastProposalVote(workshopId, caller.participantId(), proposalId, clock.instant()), caller);
            return new Voted(null, null, proposalId.value());
        }
        if (request.clusterId() != null) {
            ClusterId clusterId = ClusterIds.of("clusterId", request.clusterId());
            dispatcher.sendToWorkshop(workshopId,
                    new CastClusterVote(workshopId, caller.participantId(), clusterId, clock.instant()), caller);
            return new Voted(null, clusterId.value());
        }
        IdeaId ideaId = IdeaIds.of("ideaId", request.ideaId());
        dispatcher.sendToWorkshop(workshopId, new CastVote(workshopId, caller.participantId(), ideaId, clock.instant()),
                caller);
        return new Voted(ideaId.value(), null);
    }

    @ParticipatesInWorkshop
    @DeleteMapping("/{ideaId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retract(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable String ideaId) {
        dispatcher.sendToWorkshop(workshopId, new RetractVote(workshopId, caller.participantId(),
                IdeaIds.of("ideaId", ideaId), clock.instant()), caller);
    }

    @ParticipatesInWorkshop
    @DeleteMapping("/proposals/{proposalId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retractFromProposal(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable String proposalId) {
        dispatcher.sendToWorkshop(workshopId, new RetractProposalVote(workshopId, caller.participantId(),
                new ProposalId(IdeaIds.of("proposalId", proposalId).value()), clock.instant()), caller);
    }

    @ParticipatesInWorkshop
    @DeleteMapping("/clusters/{clusterId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retractFromCluster(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable String clusterId) {
        dispatcher.sendToWorkshop(workshopId, new RetractClusterVote(workshopId, caller.participantId(),
                ClusterIds.of("clusterId", clusterId), clock.instant()), caller);
    }
}
