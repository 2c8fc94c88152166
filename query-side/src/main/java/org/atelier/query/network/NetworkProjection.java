package org.atelier.query.network;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.atelier.query.batch.BatchEnd;
import org.atelier.query.batch.PendingDocuments;
import org.atelier.query.batch.WrittenBehind;
import org.atelier.query.rebuild.RebuildableReadModel;
import org.atelier.shared.cluster.ClusterDissolved;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.cluster.IdeaClustered;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.moderation.IdeaApproved;
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
import org.axonframework.eventhandling.DomainEventMessage;
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
 * <p>Only the events of {@link NetworkFold#HANDLED} are read. A batch's changes are made to its
 * documents in memory ({@link PendingNetworkStore}), each read once, and written in one bulk per
 * collection when the batch ends ({@link BatchEnd}), before the batch's token; a workshop's applied
 * position is in its document, written in the same write. A write is journaled ({@link #JOURNAL}):
 * its events read documents that later events change, so a write a crash stopped between two
 * collections is made whole before anything is read again. In the application the changes are held
 * longer, across batches, and {@link NetworkWriting} writes them on a timer, the token waiting for
 * them ({@link #heldForWriting}). Every change is idempotent, and a workshop's event at or below the
 * position its workshop has applied is skipped, so redelivery and replays change nothing. A rebuild
 * instead folds the whole history in memory and writes once ({@link #replayInto}).
 */
@Component
@ProcessingGroup(NetworkProjection.PROCESSING_GROUP)
public class NetworkProjection implements RebuildableReadModel, WrittenBehind {

    public static final String PROCESSING_GROUP = "network";
    private static final String WORKSHOP_AGGREGATE = "Workshop";
    /** Events from which a batch reads its workshops' documents at once (catching up, the network takes 500). */
    static final int READ_AHEAD_FROM = 400;
    /** Where a write is kept until it is made whole; not a read model's collection. */
    static final String JOURNAL = "network_writing";

    private final MongoTemplate mongo;
    /** Changed by the processor's thread, written by the writing thread once changes are held for it. */
    private final PendingDocuments pending;
    private final NetworkFold fold;
    private volatile Runnable whenForgotten;

    public NetworkProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.pending = new PendingDocuments(mongo).journaledIn(JOURNAL);
        this.fold = new NetworkFold(new PendingNetworkStore(pending));
    }

    @EventHandler
    void on(OrganisationRegistered event, EventMessage<?> message) {
        applied(message);
    }

    @EventHandler
    void on(WorkshopScheduled event, EventMessage<?> message) {
        applied(message);
    }

    @EventHandler
    void on(ParticipantJoined event, EventMessage<?> message) {
        applied(message);
    }

    @EventHandler
    void on(IdeaPosted event, EventMessage<?> message) {
        applied(message);
    }

    @EventHandler
    void on(IdeaApproved event, EventMessage<?> message) {
        applied(message);
    }

    @EventHandler
    void on(IdeaClustered event, EventMessage<?> message) {
        applied(message);
    }

    @EventHandler
    void on(ClustersMerged event, EventMessage<?> message) {
        applied(message);
    }

    @EventHandler
    void on(ClusterDissolved event, EventMessage<?> message) {
        applied(message);
    }

    @EventHandler
    void on(ProjectProposed event, EventMessage<?> message) {
        applied(message);
    }

    @EventHandler
    void on(ProposalAmended event, EventMessage<?> message) {
        applied(message);
    }

    @EventHandler
    void on(OrganisationCommitted event, EventMessage<?> message) {
        applied(message);
    }

    @EventHandler
    void on(PartnershipFormed event, EventMessage<?> message) {
        applied(message);
    }

    @EventHandler
    void on(PartnershipExtended event, EventMessage<?> message) {
        applied(message);
    }

    @EventHandler
    void on(WorkshopClosed event, EventMessage<?> message) {
        applied(message);
    }

    /** Outside a processor's batch (a dead letter retried on its own) nothing writes later: written now. */
    private void applied(EventMessage<?> message) {
        synchronized (pending) {
            fold.apply(message);
            if (!BatchEnd.inBatch()) {
                pending.write();
            }
        }
    }

    /**
     * From now on the changes are held across batches, until {@link #writeHeld} writes them (the
     * processor's token waiting meanwhile), instead of written as each batch ends; when held changes
     * are forgotten (a batch failed, the documents were replaced), {@code whenForgotten} is told, so
     * that the token waiting for them is never stored.
     */
    void heldForWriting(Runnable whenForgotten) {
        this.whenForgotten = whenForgotten;
    }

    /** Writes the changes held. */
    void writeHeld() {
        synchronized (pending) {
            pending.write();
        }
    }

    /**
     * A batch of a processor catching up (nearly full): its workshops' documents and links, and their ideas'
     * and clusters' (only open workshops have those), read in four queries; the rest as events ask.
     * A live batch reads only what its events ask: reading every idea of its rooms for a few events
     * grew with the rooms (a sixth fewer commands a second with 32 writers in the throughput bench).
     */
    @Override
    public void batchBegins(List<? extends EventMessage<?>> events) {
        if (events.size() < READ_AHEAD_FROM) {
            return;
        }
        Set<String> workshops = events.stream()
                .filter(event -> NetworkFold.HANDLED.contains(event.getPayloadType()))
                .filter(event -> event instanceof DomainEventMessage<?> domain
                        && WORKSHOP_AGGREGATE.equals(domain.getType()))
                .map(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (workshops.isEmpty()) {
            return;
        }
        List<String> keys = workshops.stream().map(workshopId -> WorkshopKey.of(workshopId, "")).toList();
        synchronized (pending) {
            pending.holdAll(NetworkWorkshop.class, workshops);
            pending.holdAll(LinksMadeIn.class, workshops);
            pending.holdAllWhereIdStartsWith(IdeaOrigin.class, keys);
            pending.holdAllWhereIdStartsWith(ClusterMembers.class, keys);
        }
    }

    /** Writes the batch's changes, unless they are held for {@link NetworkWriting}. */
    @Override
    public void writeBehind() {
        if (whenForgotten == null) {
            writeHeld();
        }
    }

    @Override
    public void discardPending() {
        synchronized (pending) {
            pending.discard();
        }
        forgotten();
    }

    @Override
    public void documentsReplaced() {
        synchronized (pending) {
            pending.replaced();
        }
        forgotten();
    }

    @ResetHandler
    void reset() {
        documentsReplaced();
        collections().forEach(mongo::dropCollection);
    }

    private void forgotten() {
        Runnable told = whenForgotten;
        if (told != null) {
            told.run();
        }
    }

    /** Every collection of this read model. */
    @Override
    public List<String> collections() {
        return NetworkDocuments.TYPES.stream().map(mongo::getCollectionName).toList();
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
