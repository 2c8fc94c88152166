package org.atelier.query.organisation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

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
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The programme's register of organisations, upserted by id so a replay writes the same documents. */
@Component
@ProcessingGroup(OrganisationProjection.PROCESSING_GROUP)
class OrganisationProjection implements RebuildableReadModel {

    static final String PROCESSING_GROUP = "organisations";

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updateEmitter;

    OrganisationProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter) {
        this.mongo = mongo;
        this.updateEmitter = updateEmitter;
    }

    @EventHandler
    void on(OrganisationRegistered event) {
        OrganisationDocument document = new OrganisationDocument(event.organisationId().value(), event.name(),
                event.commune(), event.ess(), event.eligible(), event.at());
        mongo.findAndReplace(query(where("_id").is(document.organisationId())), document,
                FindAndReplaceOptions.options().upsert());
        updateEmitter.emit(FindOrganisation.class, query -> query.organisationId().equals(event.organisationId()),
                OrganisationView.of(document));
    }

    @EventHandler
    void on(OrganisationUpdated event) {
        OrganisationDocument document = mongo.findAndModify(query(where("_id").is(event.organisationId().value())),
                new Update().set("commune", event.commune()).set("ess", event.ess()).set("eligible", event.eligible()),
                FindAndModifyOptions.options().returnNew(true), OrganisationDocument.class);
        if (document != null) {
            updateEmitter.emit(FindOrganisation.class, query -> query.organisationId().equals(event.organisationId()),
                    OrganisationView.of(document));
        }
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
        mongo.dropCollection(OrganisationDocument.class);
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
