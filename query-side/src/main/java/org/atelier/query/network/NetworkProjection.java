package org.atelier.query.network;

import java.util.List;

import org.atelier.query.rebuild.RebuildableReadModel;
import org.atelier.shared.cluster.ClusterDissolved;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.cluster.IdeaClustered;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.organisation.OrganisationRegistered;
import org.atelier.shared.proposal.OrganisationCommitted;
import org.atelier.shared.proposal.PartnershipExtended;
import org.atelier.shared.proposal.PartnershipFormed;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalAmended;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.WorkshopClosed;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The dated facts of the organisations' network: every occurrence of a link between two
 * organisations (they met in a workshop, one built on the other's ideas, both committed to a
 * proposal, both were in a partnership), and who took part in which workshop. The figures are
 * aggregated when asked ({@link NetworkQueries}), so a past date only needs the facts made before
 * it. Links are facts of the past: a withdrawn idea or commitment, a dissolved partnership do not
 * unmake them.
 *
 * <p>Only the events of {@link NetworkFold#HANDLED} are read, with one to three small writes
 * each; every write is idempotent, and a workshop's event at or below the position its workshop
 * has applied is skipped, so redelivery and replays change nothing. A rebuild can
 * instead fold the whole history in memory and write once ({@link #replayInto}).
 */
@Component
@ProcessingGroup(NetworkProjection.PROCESSING_GROUP)
public class NetworkProjection implements RebuildableReadModel {

    public static final String PROCESSING_GROUP = "network";

    private final MongoNetworkStore store;
    private final NetworkFold fold;

    public NetworkProjection(MongoTemplate mongo) {
        this.store = new MongoNetworkStore(mongo);
        this.fold = new NetworkFold(store);
    }

    @EventHandler
    void on(OrganisationRegistered event, EventMessage<?> message) {
        fold.apply(message);
    }

    @EventHandler
    void on(WorkshopScheduled event, EventMessage<?> message) {
        fold.apply(message);
    }

    @EventHandler
    void on(ParticipantJoined event, EventMessage<?> message) {
        fold.apply(message);
    }

    @EventHandler
    void on(IdeaPosted event, EventMessage<?> message) {
        fold.apply(message);
    }

    @EventHandler
    void on(IdeaClustered event, EventMessage<?> message) {
        fold.apply(message);
    }

    @EventHandler
    void on(ClustersMerged event, EventMessage<?> message) {
        fold.apply(message);
    }

    @EventHandler
    void on(ClusterDissolved event, EventMessage<?> message) {
        fold.apply(message);
    }

    @EventHandler
    void on(ProjectProposed event, EventMessage<?> message) {
        fold.apply(message);
    }

    @EventHandler
    void on(ProposalAmended event, EventMessage<?> message) {
        fold.apply(message);
    }

    @EventHandler
    void on(OrganisationCommitted event, EventMessage<?> message) {
        fold.apply(message);
    }

    @EventHandler
    void on(PartnershipFormed event, EventMessage<?> message) {
        fold.apply(message);
    }

    @EventHandler
    void on(PartnershipExtended event, EventMessage<?> message) {
        fold.apply(message);
    }

    @EventHandler
    void on(WorkshopClosed event, EventMessage<?> message) {
        fold.apply(message);
    }

    @ResetHandler
    void reset() {
        store.clear();
    }

    /** Every collection of this read model. */
    @Override
    public List<String> collections() {
        return store.collections();
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    /** A replay of the whole history folded in memory, written into {@code target} when it finishes. */
    @Override
    public NetworkReplay replayInto(MongoTemplate target) {
        return new NetworkReplay(target);
    }
}
