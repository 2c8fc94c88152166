package org.atelier.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.atelier.web.ApiTest;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** Reading past gaps through the index gives exactly what Axon's one query gives, in the same order. */
class GapIndexedEventStorageEngineTest extends ApiTest {

    @Autowired
    EventStorageEngine engine;
    @Autowired
    EntityManagerProvider entityManagers;
    @Autowired
    TransactionManager transactions;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void theEmbeddedDefaultReadsWithIt() {
        assertThat(engine).isInstanceOf(GapIndexedEventStorageEngine.class);
    }

    @Test
    void eventsInTheGapsComeFirstThenThoseAfterThePositionAsAxonsOwnQueryGivesThem() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
        for (int i = 0; i < 6; i++) {
            postIdea(workshop, ana, java.util.UUID.randomUUID().toString(), "Une idée " + i);
        }
        long head = engine.createHeadToken().position().orElseThrow();
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(head - 4, List.of(head - 8, head - 6, head - 5));

        for (int batch : new int[] {1, 2, 3, 100}) {
            JpaEventStorageEngine.Builder settings = JpaEventStorageEngine.builder()
                    .entityManagerProvider(entityManagers).transactionManager(transactions)
                    .eventSerializer(eventSerializer).snapshotSerializer(eventSerializer).batchSize(batch);
            List<String> indexed = identifiers(new GapIndexedEventStorageEngine(settings), token);
            List<String> axons = identifiers(settings.build(), token);

            assertThat(indexed).as("batches of %d", batch).hasSize(7).isEqualTo(axons);
        }
    }

    /** A gap's event does not move the token's position, so the events are told apart by their identifiers. */
    private List<String> identifiers(EventStorageEngine reader, GapAwareTrackingToken token) {
        return transactions.fetchInTransaction(() -> reader.readEvents(token, false)
                .map(TrackedEventMessage::getIdentifier)
                .toList());
    }
}
