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
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The partnerships of every workshop, each saying whether it is new or strengthens links that
 * existed before in the programme. Events come in the event store's order, so "before" is what
 * this projection has already seen: the links two organisations had through an earlier partnership
 * or commitments to the same other proposal. Writes are upserts or conditional on the partnership's
 * last applied position, so redelivery and replays give the same documents.
 */
@Component
@ProcessingGroup(PartnershipProjection.PROCESSING_GROUP)
class PartnershipProjection implements RebuildableReadModel {

    static final String PROCESSING_GROUP = "partnerships";
    private static final String NO_PROGRAMME = "";

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updateEmitter;

    PartnershipProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter) {
        this.mongo = mongo;
        this.updateEmitter = updateEmitter;
    }

    @EventHandler
    void on(WorkshopScheduled event, @SequenceNumber long sequenceNumber) {
        mongo.upsert(query(where("_id").is(event.workshopId().value())),
                new Update().set("programme", event.programme()).max("version", sequenceNumber + 1),
                ProgrammeWorkshopDocument.class);
    }

    @EventHandler
    void on(ProjectProposed event, @SequenceNumber long sequenceNumber) {
        mongo.upsert(query(where("_id").is(event.proposalId().value())),
                new Update().setOnInsert("workshopId", event.workshopId().value())
                        .setOnInsert("organisationIds", List.of()),
                CommitmentsDocument.class);
        progressed(event.workshopId(), sequenceNumber);
    }

    /** The organisation is now linked to every organisation that ever committed to the same proposal. */
    @EventHandler
    void on(OrganisationCommitted event, @SequenceNumber long sequenceNumber) {
        String programme = programmeOf(event.workshopId());
        String organisation = event.organisationId().value();
        CommitmentsDocument commitments = mongo.findById(event.proposalId().value(), CommitmentsDocument.class);
        List<String> earlier = commitments == null ? List.of() : commitments.organisationIds();
        earlier.stream().filter(other -> !other.equals(organisation)).forEach(other -> mongo.upsert(
                linkQuery(programme, organisation, other),
                linkCreation(programme, organisation, other).addToSet("proposalIds", event.proposalId().value()),
                LinkDocument.class));
        mongo.upsert(query(where("_id").is(event.proposalId().value())),
                new Update().setOnInsert("workshopId", event.workshopId().value())
                        .addToSet("organisationIds", organisation),
                CommitmentsDocument.class);
        progressed(event.workshopId(), sequenceNumber);
    }

    @EventHandler
    void on(PartnershipFormed event, @SequenceNumber long sequenceNumber) {
        String partnershipId = event.partnershipId().value();
        if (mongo.findById(partnershipId, PartnershipDocument.class) == null) {
            String programme = programmeOf(event.workshopId());
            List<String> organisations = values(event.organisationIds());
            List<List<String>> pairs = new ArrayList<>();
            for (int i = 0; i < organisations.size(); i++) {
                for (int j = i + 1; j < organisations.size(); j++) {
                    pairs.add(List.of(organisations.get(i), organisations.get(j)));
                }
            }
            List<List<String>> strengthened = linkedBefore(programme, pairs, event.proposalId().value(), partnershipId);
            link(programme, pairs, partnershipId);
            mongo.insert(new PartnershipDocument(partnershipId, event.workshopId().value(), programme,
                    event.proposalId().value(), organisations, event.at(), PartnershipDocument.ACTIVE, null, null,
                    !strengthened.isEmpty(), strengthened, sequenceNumber + 1));
        }
        progressed(event.workshopId(), sequenceNumber);
    }

    @EventHandler
    void on(PartnershipExtended event, @SequenceNumber long sequenceNumber) {
        PartnershipDocument partnership = mongo.findById(event.partnershipId().value(), PartnershipDocument.class);
        if (partnership != null && partnership.version() <= sequenceNumber) {
            String newcomer = event.organisationId().value();
            List<List<String>> pairs = values(event.organisationIds()).stream()
                    .filter(other -> !other.equals(newcomer))
                    .map(other -> List.of(other, newcomer))
                    .toList();
            List<List<String>> strengthened = linkedBefore(partnership.programme(), pairs, partnership.proposalId(),
                    partnership.partnershipId());
            link(partnership.programme(), pairs, partnership.partnershipId());
            Update update = new Update().set("organisationIds", values(event.organisationIds()))
                    .set("version", sequenceNumber + 1);
            if (!strengthened.isEmpty()) {
                List<List<String>> pairsBefore = new ArrayList<>(partnership.strengthenedPairs());
                pairsBefore.addAll(strengthened);
                update.set("strengthened", true).set("strengthenedPairs", pairsBefore);
            }
            applyOnce(partnership.partnershipId(), sequenceNumber, update);
        }
        progressed(event.workshopId(), sequenceNumber);
    }

    @EventHandler
    void on(PartnershipReduced event, @SequenceNumber long sequenceNumber) {
        applyOnce(event.partnershipId().value(), sequenceNumber,
                new Update().set("organisationIds", values(event.organisationIds())).set("version", sequenceNumber + 1));
        progressed(event.workshopId(), sequenceNumber);
    }

    @EventHandler
    void on(PartnershipDissolved event, @SequenceNumber long sequenceNumber) {
        applyOnce(event.partnershipId().value(), sequenceNumber, new Update()
                .set("organisationIds", values(event.organisationIds()))
                .set("status", PartnershipDocument.DISSOLVED)
                .set("dissolvedAt", event.at())
                .set("dissolutionReason", event.reason().name())
                .set("version", sequenceNumber + 1));
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
        mongo.dropCollection(PartnershipDocument.class);
        mongo.dropCollection(LinkDocument.class);
        mongo.dropCollection(CommitmentsDocument.class);
        mongo.dropCollection(ProgrammeWorkshopDocument.class);
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
                    LinkDocument link = mongo.findById(LinkDocument.idOf(programme, pair.get(0), pair.get(1)),
                            LinkDocument.class);
                    return link != null && link.linksBesides(proposalId, partnershipId);
                })
                .toList();
    }

    private void link(String programme, List<List<String>> pairs, String partnershipId) {
        pairs.forEach(pair -> mongo.upsert(linkQuery(programme, pair.get(0), pair.get(1)),
                linkCreation(programme, pair.get(0), pair.get(1)).addToSet("partnershipIds", partnershipId),
                LinkDocument.class));
    }

    private void applyOnce(String partnershipId, long sequenceNumber, Update update) {
        mongo.updateFirst(query(where("_id").is(partnershipId).and("version").lte(sequenceNumber)), update,
                PartnershipDocument.class);
    }

    private void progressed(WorkshopId workshopId, long sequenceNumber) {
        mongo.updateFirst(query(where("_id").is(workshopId.value())), new Update().max("version", sequenceNumber + 1),
                ProgrammeWorkshopDocument.class);
        updateEmitter.emit(FindPartnershipProgress.class, query -> query.workshopId().equals(workshopId),
                sequenceNumber + 1);
    }

    private String programmeOf(WorkshopId workshopId) {
        ProgrammeWorkshopDocument workshop = mongo.findById(workshopId.value(), ProgrammeWorkshopDocument.class);
        return workshop == null || workshop.programme() == null ? NO_PROGRAMME : workshop.programme();
    }

    private static Query linkQuery(String programme, String first, String second) {
        return query(where("_id").is(LinkDocument.idOf(programme, first, second)));
    }

    private static Update linkCreation(String programme, String first, String second) {
        List<String> pair = first.compareTo(second) < 0 ? List.of(first, second) : List.of(second, first);
        return new Update().setOnInsert("programme", programme).setOnInsert("organisationIds", pair);
    }

    private static List<String> values(List<OrganisationId> organisations) {
        return organisations.stream().map(OrganisationId::value).filter(Objects::nonNull).toList();
    }
}
