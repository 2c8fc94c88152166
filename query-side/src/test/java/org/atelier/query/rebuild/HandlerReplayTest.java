package org.atelier.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.atelier.query.InMemoryMongo;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.organisation.OrganisationRegistered;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Handlers replayed on a thread of their own: in the events' order, and their failure is the rebuild's. */
class HandlerReplayTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    @Test
    void theHandlersSeeEveryEventInTheOrderGivenBeforeTheReplayFinishes() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        List<String> given = new ArrayList<>();
        try (HandlerReplay replay = HandlerReplay.into(MONGO.freshDatabase(), scratch -> new Object() {
            @EventHandler
            void on(OrganisationRegistered event) {
                seen.add(event.name());
            }
        })) {
            for (int i = 0; i < 25_000; i++) {
                given.add("Organisation " + i);
                replay.apply(GenericEventMessage.asEventMessage(registered(given.get(i))));
            }
            replay.finish();
            assertThat(seen).containsExactlyElementsOf(given);
        }
    }

    @Test
    void aHandlerThatFailsFailsTheReplay() {
        try (HandlerReplay replay = HandlerReplay.into(MONGO.freshDatabase(), scratch -> new Object() {
            @EventHandler
            void on(OrganisationRegistered event) {
                throw new IllegalStateException("the read model refuses " + event.name());
            }
        })) {
            replay.apply(GenericEventMessage.asEventMessage(registered("Kaléido'Scop")));

            assertThatThrownBy(replay::finish).hasMessage("the read model refuses Kaléido'Scop");
        }
    }

    private static OrganisationRegistered registered(String name) {
        return new OrganisationRegistered(new OrganisationId(name), name, "Saint-Étienne", true, true, AT);
    }
}
