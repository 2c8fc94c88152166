package org.atelier.query.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.atelier.query.rebuild.HandlerReplay;
import org.atelier.query.rebuild.ReadModelReplay;
import org.atelier.query.rebuild.RebuildableReadModel;
import org.atelier.shared.organisation.FindOrganisation;
import org.atelier.shared.organisation.FindOrganisations;
import org.atelier.shared.organisation.OrganisationRegistered;
import org.atelier.shared.organisation.OrganisationUpdated;
import org.atelier.query.batch.BatchEnd;
import org.atelier.query.batch.PendingDocuments;
import org.atelier.query.batch.WrittenBehind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The programme's register of organisations, replaced whole by id so a replay writes the same
 * documents. A batch's changes are held and written when it ends ({@link BatchEnd}).
 */
@Component
@ProcessingGroup(OrganisationProjection.PROCESSING_GROUP)
class OrganisationProjection implements RebuildableReadModel, WrittenBehind {

    static final String PROCESSING_GROUP = "organisations";

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updateEmitter;
    private final PendingDocuments pending;

    OrganisationProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter) {
        this.mongo = mongo;
        this.updateEmitter = updateEmitter;
        this.pending = new PendingDocuments(mongo);
    }

    @EventHandler
    void on(OrganisationRegistered event) {
        OrganisationDocument organisation = new OrganisationDocument(event.organisationId().value(), event.name(),
                event.commune(), event.ess(), event.eligible(), event.at());
        Document document = new Document();
        mongo.getConverter().write(organisation, document);
        pending.put(OrganisationDocument.class, document);
        shown(organisation);
    }

    @EventHandler
    void on(OrganisationUpdated event) {
        Document document = pending.find(OrganisationDocument.class, event.organisationId().value());
        if (document != null) {
            Document updated = new Document(document).append("commune", event.commune()).append("ess", event.ess())
                    .append("eligible", event.eligible());
            pending.put(OrganisationDocument.class, updated);
            shown(mongo.getConverter().read(OrganisationDocument.class, updated));
        }
    }

    /**
     * Tells the organisation's followers. In a batch the emitter holds the update until the batch
     * commits, after its documents are written; outside one the document is written first.
     */
    private void shown(OrganisationDocument organisation) {
        if (!BatchEnd.inBatch()) {
            pending.write();
        }
        updateEmitter.emit(FindOrganisation.class,
                query -> query.organisationId().value().equals(organisation.organisationId()),
                OrganisationView.of(organisation));
    }

    @Override
    public void writeBehind() {
        pending.write();
    }

    @Override
    public void discardPending() {
        pending.discard();
    }

    @QueryHandler
    List<OrganisationView> handle(FindOrganisations query) {
        return mongo.findAll(OrganisationDocument.class).stream()
                .sorted(Comparator.comparing(OrganisationDocument::name, String.CASE_INSENSITIVE_ORDER))
                .map(OrganisationView::of)
                .toList();
    }

    @QueryHandler
    Optional<OrganisationView> handle(FindOrganisation query) {
        return Optional.ofNullable(mongo.findById(query.organisationId().value(), OrganisationDocument.class))
                .map(OrganisationView::of);
    }

    @ResetHandler
    void reset() {
        pending.discard();
        mongo.dropCollection(OrganisationDocument.class);
    }

    @Override
    public void documentsReplaced() {
        pending.discard();
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public List<String> collections() {
        return List.of(mongo.getCollectionName(OrganisationDocument.class));
    }

    /** A few events per organisation: replayed through the handlers above, as they run live. */
    @Override
    public ReadModelReplay replayInto(MongoTemplate target) {
        return HandlerReplay.into(target, scratch -> new OrganisationProjection(scratch, HandlerReplay.NO_SCREENS));
    }
}
