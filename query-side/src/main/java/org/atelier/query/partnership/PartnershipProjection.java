package org.atelier.query.partnership;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.atelier.query.rebuild.HandlerReplay;
import org.atelier.query.rebuild.ReadModelReplay;
import org.atelier.query.rebuild.RebuildableReadModel;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.ActionAgreed;
import org.atelier.shared.proposal.ActionUpdated;
import org.atelier.shared.proposal.CommitmentWithdrawn;
import org.atelier.shared.proposal.FindPartnershipProgress;
import org.atelier.shared.proposal.FindPartnerships;
import org.atelier.shared.proposal.OrganisationCommitted;
import org.atelier.shared.proposal.PartnershipDissolved;
import org.atelier.shared.proposal.PartnershipExtended;
import org.atelier.shared.proposal.PartnershipFormed;
import org.atelier.shared.proposal.PartnershipReduced;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalAmended;
import org.atelier.shared.proposal.ProposalWithdrawn;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.atelier.query.batch.BatchEnd;
import org.atelier.query.batch.PendingDocuments;
import org.atelier.query.batch.WrittenBehind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The partnerships of every workshop, each saying whether it is new or strengthens links that
 * existed before in the programme. Events come in the event store's order, so "before" is what
 * this projection has already seen: the links two organisations had through an earlier partnership
 * or commitments to the same other proposal. Changes are set additions or conditional on the
 * partnership's last applied position, so redelivery and replays give the same documents. A batch's
 * changes are held in memory, each document read once, and written together when the batch ends
 * ({@link BatchEnd}), before the batch's token. The write is journaled ({@link #JOURNAL}): whether a
 * partnership strengthens links depends on the links earlier events left, so one made again on the
 * links of a write a kill stopped half-way (a later partnership's written, the earlier one's
 * document not) would count the later one as before it.
 */
@Component
@ProcessingGroup(PartnershipProjection.PROCESSING_GROUP)
class PartnershipProjection implements RebuildableReadModel, WrittenBehind {

    static final String PROCESSING_GROUP = "partnerships";
    private static final String NO_PROGRAMME = "";
    /** Where a write is kept until it is made whole; not a read model's collection. */
    static final String JOURNAL = "partnership_writing";

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updateEmitter;
    private final PendingDocuments pending;

    PartnershipProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter) {
        this.mongo = mongo;
        this.updateEmitter = updateEmitter;
        this.pending = new PendingDocuments(mongo).journaledIn(JOURNAL);
    }

    @EventHandler
    void on(WorkshopScheduled event, @SequenceNumber long sequenceNumber) {
        Document workshop = pending.findOrCreate(ProgrammeWorkshopDocument.class, event.workshopId().value(),
                new Document());
        pending.put(ProgrammeWorkshopDocument.class, new Document(workshop).append("programme", event.programme())
                .append("version", Math.max(versionOf(workshop), sequenceNumber + 1)));
        written();
    }

    @EventHandler
    void on(ProjectProposed event, @SequenceNumber long sequenceNumber) {
        String proposalId = event.proposalId().value();
        if (pending.find(CommitmentsDocument.class, proposalId) == null) {
            pending.put(CommitmentsDocument.class, new Document("_id", proposalId)
                    .append("workshopId", event.workshopId().value()).append("organisationIds", List.of()));
        }
        progressed(event.workshopId(), sequenceNumber);
    }

    /** The organisation is now linked to every organisation that ever committed to the same proposal. */
    @EventHandler
    void on(OrganisationCommitted event, @SequenceNumber long sequenceNumber) {
        String programme = programmeOf(event.workshopId());
        String organisation = event.organisationId().value();
        String proposalId = event.proposalId().value();
        Document commitments = pending.findOrCreate(CommitmentsDocument.class, proposalId,
                new Document("workshopId", event.workshopId().value()).append("organisationIds", List.of()));
        List<String> earlier = strings(commitments, "organisationIds");
        earlier.stream().filter(other -> !other.equals(organisation))
                .forEach(other -> link(programme, List.of(organisation, other), "proposalIds", proposalId));
        pending.put(CommitmentsDocument.class,
                new Document(commitments).append("organisationIds", added(earlier, organisation)));
        progressed(event.workshopId(), sequenceNumber);
    }

    @EventHandler
    void on(PartnershipFormed event, @SequenceNumber long sequenceNumber) {
        String partnershipId = event.partnershipId().value();
        if (pending.find(PartnershipDocument.class, partnershipId) == null) {
            String programme = programmeOf(event.workshopId());
            List<String> organisations = values(event.organisationIds());
            List<List<String>> pairs = new ArrayList<>();
            for (int i = 0; i < organisations.size(); i++) {
                for (int j = i + 1; j < organisations.size(); j++) {
                    pairs.add(List.of(organisations.get(i), organisations.get(j)));
                }
            }
            List<List<String>> strengthened = linkedBefore(programme, pairs, event.proposalId().value(), partnershipId);
            pairs.forEach(pair -> link(programme, pair, "partnershipIds", partnershipId));
            Document partnership = new Document();
            mongo.getConverter().write(new PartnershipDocument(partnershipId, event.workshopId().value(), programme,
                    event.proposalId().value(), organisations, event.at(), PartnershipDocument.ACTIVE, null, null,
                    !strengthened.isEmpty(), strengthened, sequenceNumber + 1), partnership);
            pending.put(PartnershipDocument.class, partnership);
        }
        progressed(event.workshopId(), sequenceNumber);
    }

    @EventHandler
    void on(PartnershipExtended event, @SequenceNumber long sequenceNumber) {
        Document stored = pending.find(PartnershipDocument.class, event.partnershipId().value());
        if (stored != null && versionOf(stored) <= sequenceNumber) {
            PartnershipDocument partnership = mongo.getConverter().read(PartnershipDocument.class, stored);
            String newcomer = event.organisationId().value();
            List<List<String>> pairs = values(event.organisationIds()).stream()
                    .filter(other -> !other.equals(newcomer))
                    .map(other -> List.of(other, newcomer))
                    .toList();
            List<List<String>> strengthened = linkedBefore(partnership.programme(), pairs, partnership.proposalId(),
                    partnership.partnershipId());
            pairs.forEach(pair -> link(partnership.programme(), pair, "partnershipIds", partnership.partnershipId()));
            Document update = new Document("organisationIds", values(event.organisationIds()))
                    .append("version", sequenceNumber + 1);
            if (!strengthened.isEmpty()) {
                List<List<String>> pairsBefore = new ArrayList<>(partnership.strengthenedPairs());
                pairsBefore.addAll(strengthened);
                update.append("strengthened", true).append("strengthenedPairs", pairsBefore);
            }
            applyOnce(partnership.partnershipId(), sequenceNumber, update);
        }
        progressed(event.workshopId(), sequenceNumber);
    }

    @EventHandler
    void on(PartnershipReduced event, @SequenceNumber long sequenceNumber) {
        applyOnce(event.partnershipId().value(), sequenceNumber,
                new Document("organisationIds", values(event.organisationIds())).append("version", sequenceNumber + 1));
        progressed(event.workshopId(), sequenceNumber);
    }

    @EventHandler
    void on(PartnershipDissolved event, @SequenceNumber long sequenceNumber) {
        applyOnce(event.partnershipId().value(), sequenceNumber, new Document()
                .append("organisationIds", values(event.organisationIds()))
                .append("status", PartnershipDocument.DISSOLVED)
                .append("dissolvedAt", event.at())
                .append("dissolutionReason", event.reason().name())
                .append("version", sequenceNumber + 1));
        progressed(event.workshopId(), sequenceNumber);
    }

    // The other facts of a proposal change no partnership, but a writer waiting for this read model
    // must see that it has taken them in.

    @EventHandler
    void on(CommitmentWithdrawn event, @SequenceNumber long sequenceNumber) {
        progressed(event.workshopId(), sequenceNumber);
    }

    @EventHandler
    void on(ProposalAmended event, @SequenceNumber long sequenceNumber) {
        progressed(event.workshopId(), sequenceNumber);
    }

    @EventHandler
    void on(ProposalWithdrawn event, @SequenceNumber long sequenceNumber) {
        progressed(event.workshopId(), sequenceNumber);
    }

    @EventHandler
    void on(ActionAgreed event, @SequenceNumber long sequenceNumber) {
        progressed(event.workshopId(), sequenceNumber);
    }

    @EventHandler
    void on(ActionUpdated event, @SequenceNumber long sequenceNumber) {
        progressed(event.workshopId(), sequenceNumber);
    }

    /** Oldest first. */
    @QueryHandler
    List<PartnershipView> handle(FindPartnerships query) {
        return mongo.find(query(where("workshopId").is(query.workshopId().value())), PartnershipDocument.class)
                .stream()
                .sorted(Comparator.comparing(PartnershipDocument::formedAt)
                        .thenComparing(PartnershipDocument::partnershipId))
                .map(PartnershipView::of)
                .toList();
    }

    @QueryHandler
    Long handle(FindPartnershipProgress query) {
        ProgrammeWorkshopDocument workshop = mongo.findById(query.workshopId().value(), ProgrammeWorkshopDocument.class);
        return workshop == null ? 0L : workshop.version();
    }

    @ResetHandler
    void reset() {
        pending.replaced();
        mongo.dropCollection(PartnershipDocument.class);
        mongo.dropCollection(LinkDocument.class);
        mongo.dropCollection(CommitmentsDocument.class);
        mongo.dropCollection(ProgrammeWorkshopDocument.class);
    }

    @Override
    public void documentsReplaced() {
        pending.replaced();
    }

    @Override
    public void writeBehind() {
        pending.write();
    }

    @Override
    public void discardPending() {
        pending.discard();
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public List<String> collections() {
        return Stream.of(PartnershipDocument.class, LinkDocument.class, CommitmentsDocument.class,
                ProgrammeWorkshopDocument.class).map(mongo::getCollectionName).toList();
    }

    /** Few events (proposals, commitments, partnerships): replayed through the handlers above, as they run live. */
    @Override
    public ReadModelReplay replayInto(MongoTemplate target) {
        return HandlerReplay.into(target, scratch -> new PartnershipProjection(scratch, HandlerReplay.NO_SCREENS));
    }

    /** The pairs already linked other than through this proposal's commitments and this partnership. */
    private List<List<String>> linkedBefore(String programme, List<List<String>> pairs, String proposalId,
                                            String partnershipId) {
        return pairs.stream()
                .filter(pair -> {
                    Document link = pending.find(LinkDocument.class,
                            LinkDocument.idOf(programme, pair.get(0), pair.get(1)));
                    return link != null && mongo.getConverter().read(LinkDocument.class, link)
                            .linksBesides(proposalId, partnershipId);
                })
                .toList();
    }

    /** The pair is linked by {@code madeBy} too (a proposal's or a partnership's id, in {@code field}). */
    private void link(String programme, List<String> pair, String field, String madeBy) {
        String first = pair.get(0);
        String second = pair.get(1);
        List<String> ordered = first.compareTo(second) < 0 ? List.of(first, second) : List.of(second, first);
        Document link = pending.findOrCreate(LinkDocument.class, LinkDocument.idOf(programme, first, second),
                new Document("programme", programme).append("organisationIds", ordered));
        pending.put(LinkDocument.class, new Document(link).append(field, added(strings(link, field), madeBy)));
    }

    /** The change is applied unless the partnership has already applied this event or a later one. */
    private void applyOnce(String partnershipId, long sequenceNumber, Document changes) {
        Document partnership = pending.find(PartnershipDocument.class, partnershipId);
        if (partnership != null && versionOf(partnership) <= sequenceNumber) {
            Document changed = new Document(partnership);
            changed.putAll(changes);
            pending.put(PartnershipDocument.class, changed);
        }
    }

    /**
     * The workshop's proposal changes are taken in up to this event: its writers, waiting for read-your-writes,
     * are told once the batch is written (the emitter holds updates until the batch commits).
     */
    private void progressed(WorkshopId workshopId, long sequenceNumber) {
        Document workshop = pending.find(ProgrammeWorkshopDocument.class, workshopId.value());
        if (workshop != null) {
            pending.put(ProgrammeWorkshopDocument.class, new Document(workshop)
                    .append("version", Math.max(versionOf(workshop), sequenceNumber + 1)));
        }
        written();
        updateEmitter.emit(FindPartnershipProgress.class, query -> query.workshopId().equals(workshopId),
                sequenceNumber + 1);
    }

    /** Outside a processor's batch (a replay, a dead letter retried on its own) nothing writes later: written now. */
    private void written() {
        if (!BatchEnd.inBatch()) {
            pending.write();
        }
    }

    private String programmeOf(WorkshopId workshopId) {
        Document workshop = pending.find(ProgrammeWorkshopDocument.class, workshopId.value());
        return workshop == null || workshop.getString("programme") == null ? NO_PROGRAMME
                : workshop.getString("programme");
    }

    private static long versionOf(Document document) {
        return document.get("version") instanceof Number version ? version.longValue() : 0;
    }

    private static List<String> strings(Document document, String field) {
        return document.getList(field, String.class, List.of());
    }

    /** The list with {@code value} added at its end, unless it is there already (as $addToSet does). */
    private static List<String> added(List<String> values, String value) {
        if (values.contains(value)) {
            return values;
        }
        List<String> more = new ArrayList<>(values);
        more.add(value);
        return more;
    }

    private static List<String> values(List<OrganisationId> organisations) {
        return organisations.stream().map(OrganisationId::value).filter(Objects::nonNull).toList();
    }
}
