package org.atelier.command.workshop;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.command.workshop.WorkshopRejections.ClusterIdTaken;
import org.atelier.command.workshop.WorkshopRejections.UnknownCluster;
import org.atelier.shared.cluster.ClusterCreated;
import org.atelier.shared.cluster.ClusterDissolved;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.cluster.ClusterRenamed;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.cluster.CreateCluster;
import org.atelier.shared.cluster.DissolveCluster;
import org.atelier.shared.cluster.IdeaClustered;
import org.atelier.shared.cluster.MergeClusters;
import org.atelier.shared.cluster.MoveIdea;
import org.atelier.shared.cluster.RenameCluster;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.workshop.Phase;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The clusters of ideas, one phase each: created (with the ideas they gather), renamed, merged into
 * another, dissolved, and ideas moved in and out of them, all while their phase is the one open.
 */
class Clusters {

    private final Room room;
    private final Ideas ideas;
    private final Map<ClusterId, Phase> clusters = new HashMap<>();

    Clusters(Room room, Ideas ideas) {
        this.room = room;
        this.ideas = ideas;
    }

    /** A cluster that still exists (neither merged away nor dissolved), whatever its phase. */
    boolean exists(ClusterId clusterId) {
        return clusters.containsKey(clusterId);
    }

    /** A cluster of the phase now open: the only ones ideas are moved into and dots are put on. */
    void mustBeOfThisPhase(ClusterId clusterId) {
        if (clusters.get(clusterId) != room.phase()) {
            throw new UnknownCluster(clusterId);
        }
    }

    @CommandHandler
    long handle(CreateCluster command) {
        room.mustBeOpenTo("create a cluster");
        if (exists(command.clusterId())) {
            throw new ClusterIdTaken(command.clusterId());
        }
        String title = ClusterTitle.of(command.title());
        List<IdeaId> gathered = command.ideaIds() == null ? List.of() : command.ideaIds().stream().distinct().toList();
        gathered.forEach(ideas::ofThisPhase);
        apply(new ClusterCreated(room.workshopId(), command.clusterId(), room.phase(), title, command.at()));
        gathered.forEach(ideaId -> apply(new IdeaClustered(room.workshopId(), ideaId, command.clusterId(),
                command.at())));
        return Workshop.position();
    }

    @CommandHandler
    long handle(RenameCluster command) {
        mustBeReshapeable(command.clusterId());
        String title = ClusterTitle.of(command.title());
        apply(new ClusterRenamed(room.workshopId(), command.clusterId(), title, command.at()));
        return Workshop.position();
    }

    @CommandHandler
    long handle(MergeClusters command) {
        mustBeReshapeable(command.clusterId());
        mustBeReshapeable(command.into());
        if (command.clusterId().equals(command.into())) {
            throw new InvalidInput("into", "A cluster cannot be merged into itself.");
        }
        apply(new ClustersMerged(room.workshopId(), command.clusterId(), command.into(), command.at()));
        return Workshop.position();
    }

    @CommandHandler
    long handle(DissolveCluster command) {
        mustBeReshapeable(command.clusterId());
        apply(new ClusterDissolved(room.workshopId(), command.clusterId(), command.at()));
        return Workshop.position();
    }

    @CommandHandler
    long handle(MoveIdea command) {
        room.mustBeOpenTo("move an idea");
        PostedIdea idea = ideas.ofThisPhase(command.ideaId());
        if (command.clusterId() != null) {
            mustBeOfThisPhase(command.clusterId());
        }
        if (!Objects.equals(idea.cluster(), command.clusterId())) {
            apply(new IdeaClustered(room.workshopId(), command.ideaId(), command.clusterId(), command.at()));
        }
        return Workshop.position();
    }

    /** Clusters are reshaped only while their phase is the one open. */
    private void mustBeReshapeable(ClusterId clusterId) {
        room.mustBeOpenTo("change a cluster");
        mustBeOfThisPhase(clusterId);
    }

    @EventSourcingHandler
    void on(ClusterCreated event) {
        clusters.put(event.clusterId(), event.phase());
    }

    @EventSourcingHandler
    void on(ClustersMerged event) {
        clusters.remove(event.clusterId());
    }

    @EventSourcingHandler
    void on(ClusterDissolved event) {
        clusters.remove(event.clusterId());
    }
}
