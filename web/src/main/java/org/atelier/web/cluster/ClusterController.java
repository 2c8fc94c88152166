package org.atelier.web.cluster;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.cluster.CreateCluster;
import org.atelier.shared.cluster.DissolveCluster;
import org.atelier.shared.cluster.MergeClusters;
import org.atelier.shared.cluster.MoveIdea;
import org.atelier.shared.cluster.RenameCluster;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.idea.IdeaIds;
import org.atelier.web.security.Caller;
import org.atelier.web.security.RunsWorkshop;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The facilitator groups the phase's ideas into clusters (shared issues, themes of the utopia):
 * creates, renames, merges and dissolves them, and moves ideas in and out.
 */
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

    @RunsWorkshop
    @PostMapping("/clusters")
    @ResponseStatus(HttpStatus.CREATED)
    Created create(Caller caller, @PathVariable WorkshopId workshopId, @RequestBody CreateRequest request) {
        ClusterId clusterId = new ClusterId(UUID.randomUUID().toString());
        List<IdeaId> ideaIds = IdeaIds.list("ideaIds", request.ideaIds());
        dispatcher.sendToWorkshop(workshopId,
                new CreateCluster(workshopId, clusterId, request.title(), ideaIds, clock.instant()), caller);
        return new Created(clusterId.value());
    }

    record RenameRequest(String title) {
    }

    record MergeRequest(String into) {
    }

    @RunsWorkshop
    @PatchMapping("/clusters/{clusterId}")
    Created rename(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable String clusterId,
                   @RequestBody RenameRequest request) {
        ClusterId cluster = ClusterIds.of("clusterId", clusterId);
        dispatcher.sendToWorkshop(workshopId, new RenameCluster(workshopId, cluster, request.title(), clock.instant()),
                caller);
        return new Created(cluster.value());
    }

    /** Every idea of this cluster goes to {@code into}, which keeps its title; this cluster is no more. */
    @RunsWorkshop
    @PostMapping("/clusters/{clusterId}/merge")
    Created merge(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable String clusterId,
                  @RequestBody MergeRequest request) {
        ClusterId into = ClusterIds.of("into", request.into());
        dispatcher.sendToWorkshop(workshopId,
                new MergeClusters(workshopId, ClusterIds.of("clusterId", clusterId), into, clock.instant()), caller);
        return new Created(into.value());
    }

    /** The cluster is no more; its ideas stay on the board, in no cluster. */
    @RunsWorkshop
    @DeleteMapping("/clusters/{clusterId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void dissolve(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable String clusterId) {
        dispatcher.sendToWorkshop(workshopId,
                new DissolveCluster(workshopId, ClusterIds.of("clusterId", clusterId), clock.instant()), caller);
    }

    /** Puts the idea in the cluster named, or in none when {@code clusterId} is null. */
    @RunsWorkshop
    @PutMapping("/ideas/{ideaId}/cluster")
    Moved move(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable String ideaId,
               @RequestBody MoveRequest request) {
        IdeaId idea = IdeaIds.of("ideaId", ideaId);
        ClusterId clusterId = request.clusterId() == null ? null : ClusterIds.of("clusterId", request.clusterId());
        dispatcher.sendToWorkshop(workshopId, new MoveIdea(workshopId, idea, clusterId, clock.instant()), caller);
        return new Moved(idea.value(), request.clusterId());
    }
}
