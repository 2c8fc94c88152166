package org.atelier.web.cluster;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.cluster.CreateCluster;
import org.atelier.shared.cluster.MoveIdea;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.idea.IdeaIds;
import org.atelier.web.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The facilitator groups the phase's ideas into clusters: shared issues, themes of the utopia. */
@RestController
@RequestMapping("/api/workshops/{workshopId}")
class ClusterController {

    private final Dispatcher dispatcher;
    private final Clock clock;

    ClusterController(Dispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    record CreateRequest(String title, List<String> ideaIds) {
    }

    record Created(String clusterId) {
    }

    record MoveRequest(String clusterId) {
    }

    record Moved(String ideaId, String clusterId) {
    }

    @PostMapping("/clusters")
    @ResponseStatus(HttpStatus.CREATED)
    Created create(Caller caller, @PathVariable WorkshopId workshopId, @RequestBody CreateRequest request) {
        caller.mustRun(workshopId);
        ClusterId clusterId = new ClusterId(UUID.randomUUID().toString());
        List<IdeaId> ideaIds = IdeaIds.list("ideaIds", request.ideaIds());
        dispatcher.sendToWorkshop(workshopId,
                new CreateCluster(workshopId, clusterId, request.title(), ideaIds, clock.instant()), caller);
        return new Created(clusterId.value());
    }

    /** Puts the idea in the cluster named, or in none when {@code clusterId} is null. */
    @PutMapping("/ideas/{ideaId}/cluster")
    Moved move(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable String ideaId,
               @RequestBody MoveRequest request) {
        caller.mustRun(workshopId);
        IdeaId idea = IdeaIds.of("ideaId", ideaId);
        ClusterId clusterId = request.clusterId() == null ? null
                : new ClusterId(IdeaIds.of("clusterId", request.clusterId()).value());
        dispatcher.sendToWorkshop(workshopId, new MoveIdea(workshopId, idea, clusterId, clock.instant()), caller);
        return new Moved(idea.value(), request.clusterId());
    }
}
