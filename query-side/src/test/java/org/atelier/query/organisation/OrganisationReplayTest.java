package org.atelier.query.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.atelier.query.InMemoryMongo;
import org.atelier.query.rebuild.ReadModelComparison;
import org.atelier.query.rebuild.ReadModelReplay;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.organisation.OrganisationRegistered;
import org.atelier.shared.organisation.OrganisationUpdated;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The register replayed through its own handlers (HandlerReplay), into a scratch database copied at the end. */
class OrganisationReplayTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private final List<EventMessage<?>> events = List.of(
            event(new OrganisationRegistered(new OrganisationId("o-1"), "Kaléido'Scop", "Saint-Étienne", true, true, AT)),
            event(new OrganisationRegistered(new OrganisationId("o-2"), "Vélo Lyon", "Lyon", true, false, AT)),
            event(new OrganisationUpdated(new OrganisationId("o-2"), "Firminy", true, true, AT)));

    @Test
    void theReplayWritesWhatTheLiveHandlersWroteOnlyWhenItFinishes() {
        MongoTemplate live = MONGO.freshDatabase();
        OrganisationProjection projection = new OrganisationProjection(live, SimpleQueryUpdateEmitter.builder().build());
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        events.forEach(event -> handle(handlers, event));
        MongoTemplate target = MONGO.freshDatabase();

        try (ReadModelReplay replay = projection.replayInto(target)) {
            events.forEach(replay::apply);
            assertThat(target.getDb().getCollection("organisations").countDocuments())
                    .as("nothing written to the target before the end").isZero();
            replay.finish();
        }

        ReadModelComparison comparison = ReadModelComparison.of(live.getDb(), target.getDb(),
                projection.collections(), 10);
        assertThat(comparison.differences()).isEmpty();
        assertThat(comparison.identical()).isTrue();
        assertThat(comparison.documentsCompared()).isEqualTo(2);
    }

    private static void handle(AnnotationEventHandlerAdapter handlers, EventMessage<?> event) {
        try {
            handlers.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static EventMessage<?> event(Object payload) {
        return GenericEventMessage.asEventMessage(payload);
    }
}
