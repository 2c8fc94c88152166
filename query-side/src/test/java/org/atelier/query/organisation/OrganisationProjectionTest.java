package org.atelier.query.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.atelier.query.InMemoryMongo;
import org.atelier.shared.organisation.FindOrganisation;
import org.atelier.shared.organisation.FindOrganisations;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.organisation.OrganisationRegistered;
import org.atelier.shared.organisation.OrganisationUpdated;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

class OrganisationProjectionTest {

    private static final Instant AT = Instant.parse("2026-02-01T10:00:00Z");

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private final SimpleQueryUpdateEmitter updateEmitter = SimpleQueryUpdateEmitter.builder().build();
    private MongoTemplate mongo;
    private OrganisationProjection projection;

    @BeforeEach
    void freshReadModel() {
        mongo = MONGO.freshDatabase();
        projection = new OrganisationProjection(mongo, updateEmitter);
    }

    @Test
    void aRegisteredOrganisationIsInTheRegister() {
        projection.on(registered("org-velo", "Vélo Solidaire"));

        assertThat(projection.handle(new FindOrganisation(new OrganisationId("org-velo"))))
                .contains(new OrganisationView("org-velo", "Vélo Solidaire", "Lyon", true, true));
    }

    @Test
    void anOrganisationThatWasNeverRegisteredIsNotFound() {
        assertThat(projection.handle(new FindOrganisation(new OrganisationId("org-nobody")))).isEmpty();
    }

    @Test
    void replayingARegistrationKeepsOneDocumentPerOrganisation() {
        projection.on(registered("org-velo", "Vélo Solidaire"));

        projection.on(registered("org-velo", "Vélo Solidaire"));

        assertThat(mongo.findAll(Document.class, "organisations")).hasSize(1);
    }

    @Test
    void theRegisterListsOrganisationsByNameWhateverTheirCase() {
        projection.on(registered("org-1", "zeste"));
        projection.on(registered("org-2", "Bricoleurs"));
        projection.on(registered("org-3", "atelier vert"));

        assertThat(projection.handle(new FindOrganisations())).extracting(OrganisationView::name)
                .containsExactly("atelier vert", "Bricoleurs", "zeste");
    }

    @Test
    void resetEmptiesTheRegister() {
        projection.on(registered("org-velo", "Vélo Solidaire"));

        projection.reset();

        assertThat(projection.handle(new FindOrganisations())).isEmpty();
    }

    @Test
    void subscribersOfTheOrganisationReceiveItOnceRegistered() {
        List<Object> updates = subscribeTo(new FindOrganisation(new OrganisationId("org-velo")));
        List<Object> otherUpdates = subscribeTo(new FindOrganisation(new OrganisationId("org-cafe")));

        projection.on(registered("org-velo", "Vélo Solidaire"));

        assertThat(updates).containsExactly(new OrganisationView("org-velo", "Vélo Solidaire", "Lyon", true, true));
        assertThat(otherUpdates).isEmpty();
    }

    @Test
    void anUpdatedOrganisationShowsItsNewCommuneAndEligibilityToItsSubscribers() {
        projection.on(registered("org-velo", "Vélo Solidaire"));
        List<Object> updates = subscribeTo(new FindOrganisation(new OrganisationId("org-velo")));

        projection.on(new OrganisationUpdated(new OrganisationId("org-velo"), "Firminy", false, false, AT));

        OrganisationView updated = new OrganisationView("org-velo", "Vélo Solidaire", "Firminy", false, false);
        assertThat(projection.handle(new FindOrganisation(new OrganisationId("org-velo")))).contains(updated);
        assertThat(updates).containsExactly(updated);
    }

    private static OrganisationRegistered registered(String organisationId, String name) {
        return new OrganisationRegistered(new OrganisationId(organisationId), name, "Lyon", true, true, AT);
    }

    private List<Object> subscribeTo(FindOrganisation query) {
        List<Object> updates = new ArrayList<>();
        updateEmitter.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(query,
                        ResponseTypes.optionalInstanceOf(OrganisationView.class),
                        ResponseTypes.instanceOf(OrganisationView.class)), 16)
                .getUpdates()
                .map(Message::getPayload)
                .subscribe(updates::add);
        return updates;
    }
}
