package org.atelier.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reading past gaps through the index gives exactly what Axon's one query gives, in the same order;
 * appending by JDBC writes what Axon's engine writes. The events appended here are not a workshop's
 * (their payloads are maps), so this class has an application and a store of its own, closed after it.
 */
@TestPropertySource(properties = "atelier.test.store=gap-indexed-engine")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
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

    /** The events' instants are read as the application's mapper reads them ({@code InstantJson}). */
    @Test
    void theEventSerializerIsTheApplicationsMapper() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper =
                ((org.axonframework.serialization.json.JacksonSerializer) eventSerializer).getObjectMapper();
        com.fasterxml.jackson.databind.deser.DefaultDeserializationContext context =
                ((com.fasterxml.jackson.databind.deser.DefaultDeserializationContext) mapper.getDeserializationContext())
                        .createInstance(mapper.getDeserializationConfig(), null, null);

        assertThat(context.findRootValueDeserializer(mapper.constructType(java.time.Instant.class)).getClass()
                .getSimpleName()).isEqualTo("UtcInstantDeserializer");
    }

    @Test
    void eventsInTheGapsComeFirstThenThoseAfterThePositionAsAxonsOwnQueryGivesThem() {
        long head = sixIdeasPosted();
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

    /** On the embedded store the reads go by JDBC: the same events, tokens, payloads, metadata and instants. */
    @Test
    void readsByJdbcGiveWhatAxonsOwnQueryGives() {
        long head = sixIdeasPosted();

        for (GapAwareTrackingToken token : new GapAwareTrackingToken[] {null,
                GapAwareTrackingToken.newInstance(head - 4, List.of()),
                GapAwareTrackingToken.newInstance(head - 4, List.of(head - 8, head - 6, head - 5))}) {
            for (int batch : new int[] {1, 3, 100}) {
                JpaEventStorageEngine.Builder settings = JpaEventStorageEngine.builder()
                        .entityManagerProvider(entityManagers).transactionManager(transactions)
                        .eventSerializer(eventSerializer).snapshotSerializer(eventSerializer).batchSize(batch);
                List<String> byJdbc = everything(((GapIndexedEventStorageEngine) engine).reader(settings, transactions), token);
                List<String> axons = everything(settings.build(), token);

                assertThat(byJdbc).as("after %s, batches of %d", token, batch).isNotEmpty().isEqualTo(axons);
            }
        }
    }

    /**
     * Positions left unfilled (appends rolled back) stay gaps behind recent events and end at an
     * event older than the gaps' timeout; a token with more gaps than Axon's cleaning threshold is
     * cleaned by Axon first: the same events and tokens as Axon's engine gives, from every token.
     */
    @Test
    void oldEventsRecentEventsAndTokensWithManyGapsAreReadAsAxonsOwnEngineReadsThem() {
        java.time.Instant longAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(40));
        transactions.executeInTransaction(() -> engine.appendEvents(manyEvents(newAggregate(), 150, longAgo)));
        rolledBack(manyEvents(newAggregate(), 260, longAgo));
        transactions.executeInTransaction(() -> engine.appendEvents(manyEvents(newAggregate(), 150, longAgo)));
        rolledBack(manyEvents(newAggregate(), 5, java.time.Instant.now()));
        transactions.executeInTransaction(() -> engine.appendEvents(manyEvents(newAggregate(), 10, java.time.Instant.now())));
        rolledBack(manyEvents(newAggregate(), 5, java.time.Instant.now()));
        transactions.executeInTransaction(() -> engine.appendEvents(manyEvents(newAggregate(), 10, java.time.Instant.now())));
        long head = engine.createHeadToken().position().orElseThrow();
        // The 260 positions rolled back between the two old appends: from head - 439 to head - 180.
        List<Long> unfilled = java.util.stream.LongStream.rangeClosed(head - 439, head - 180).boxed().toList();

        for (GapAwareTrackingToken token : new GapAwareTrackingToken[] {null,
                GapAwareTrackingToken.newInstance(head - 600, List.of()),
                GapAwareTrackingToken.newInstance(head - 600, List.of(head - 605, head - 602)),
                GapAwareTrackingToken.newInstance(head - 20, unfilled),
                GapAwareTrackingToken.newInstance(head - 20, unfilled.subList(0, 250))}) {
            JpaEventStorageEngine.Builder settings = JpaEventStorageEngine.builder()
                    .entityManagerProvider(entityManagers).transactionManager(transactions)
                    .eventSerializer(eventSerializer).snapshotSerializer(eventSerializer).batchSize(40);
            List<String> ours = everything(((GapIndexedEventStorageEngine) engine).reader(settings, transactions), token);
            List<String> axons = everything(settings.build(), token);

            assertThat(ours).as("after %s", token).isNotEmpty().isEqualTo(axons);
        }
    }

    private static String newAggregate() {
        return java.util.UUID.randomUUID().toString();
    }

    /** Appends {@code events} in a transaction that rolls back: their positions are taken and left unfilled. */
    private void rolledBack(List<org.axonframework.eventhandling.DomainEventMessage<?>> events) {
        try {
            transactions.executeInTransaction(() -> {
                engine.appendEvents(events);
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // The positions stay taken.
        }
    }

    @Test
    void aCommandsEventsAreWrittenByJdbcAsAxonsOwnEngineWritesThem() {
        String byJdbc = java.util.UUID.randomUUID().toString();
        String byAxon = java.util.UUID.randomUUID().toString();
        JpaEventStorageEngine axons = JpaEventStorageEngine.builder()
                .entityManagerProvider(entityManagers).transactionManager(transactions)
                .eventSerializer(eventSerializer).snapshotSerializer(eventSerializer).build();
        java.time.Instant at = java.time.Instant.parse("2026-10-15T14:03:07.123456Z");
        transactions.executeInTransaction(() -> engine.appendEvents(events(byJdbc, at)));
        transactions.executeInTransaction(() -> axons.appendEvents(events(byAxon, at)));

        assertThat(rows(byJdbc)).hasSize(2).isEqualTo(rows(byAxon));
        assertThat(transactions.fetchInTransaction(() -> engine.readEvents(byJdbc).asStream()
                .map(event -> event.getPayload() + " " + event.getMetaData() + " " + event.getTimestamp()).toList()))
                .isEqualTo(transactions.fetchInTransaction(() -> axons.readEvents(byAxon).asStream()
                        .map(event -> event.getPayload() + " " + event.getMetaData() + " " + event.getTimestamp())
                        .toList()));
    }

    @Test
    void aSequenceNumberTakenTwiceIsAxonsConcurrencyError() {
        String aggregate = java.util.UUID.randomUUID().toString();
        transactions.executeInTransaction(() -> engine.appendEvents(events(aggregate, java.time.Instant.now())));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> transactions.executeInTransaction(
                        () -> engine.appendEvents(events(aggregate, java.time.Instant.now()).get(1))))
                .isInstanceOf(org.axonframework.modelling.command.ConcurrencyException.class);
    }

    @Test
    void anAppendsEventsAreReadOnlyOnceItsCommitHasReturnedAlsoByARebuildsReader() {
        String aggregate = java.util.UUID.randomUUID().toString();
        org.axonframework.eventhandling.TrackingToken head = engine.createHeadToken();
        GapAwareTrackingToken before = head == null ? null
                : GapAwareTrackingToken.newInstance(head.position().orElseThrow(), List.of());
        EventStorageEngine rebuildsReader = ((GapIndexedEventStorageEngine) engine).reader(JpaEventStorageEngine.builder()
                .entityManagerProvider(entityManagers).transactionManager(transactions)
                .eventSerializer(eventSerializer).snapshotSerializer(eventSerializer).batchSize(5_000), transactions);
        List<List<String>> readWhenCommitted = new java.util.ArrayList<>();

        transactions.executeInTransaction(() -> {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    // Committed, so the rows are there for every reader; the commit is not over yet.
                    for (EventStorageEngine reader : List.of(engine, rebuildsReader)) {
                        readWhenCommitted.add(java.util.concurrent.CompletableFuture
                                .supplyAsync(() -> read(reader, aggregate, before)).join());
                    }
                }
            });
            engine.appendEvents(events(aggregate, java.time.Instant.now()));
        });

        assertThat(readWhenCommitted).containsExactly(List.of(), List.of());
        assertThat(read(engine, aggregate, before)).containsExactly(aggregate, aggregate);
        assertThat(read(rebuildsReader, aggregate, before)).containsExactly(aggregate, aggregate);
    }

    @Test
    void aReadStopsBeforeAnEventNotYetWrittenSoThatALaterOneWaitsForIt() {
        String first = java.util.UUID.randomUUID().toString();
        String later = java.util.UUID.randomUUID().toString();
        org.axonframework.eventhandling.TrackingToken head = engine.createHeadToken();
        GapAwareTrackingToken before = head == null ? null
                : GapAwareTrackingToken.newInstance(head.position().orElseThrow(), List.of());
        List<List<String>> readMeanwhile = new java.util.ArrayList<>();

        transactions.executeInTransaction(() -> {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    // The first append is committed, not yet over; a later one commits and is written meanwhile.
                    java.util.concurrent.CompletableFuture.runAsync(() -> transactions.executeInTransaction(
                            () -> engine.appendEvents(events(later, java.time.Instant.now())))).join();
                    readMeanwhile.add(java.util.concurrent.CompletableFuture
                            .supplyAsync(() -> read(engine, Set.of(first, later), before)).join());
                }
            });
            engine.appendEvents(events(first, java.time.Instant.now()));
        });

        assertThat(readMeanwhile).containsExactly(List.of());
        assertThat(read(engine, Set.of(first, later), before)).containsExactly(first, first, later, later);
    }

    @Test
    void anAggregatesEventsAreReadInBatchesAsAxonsOwnQueryGivesThem() {
        String aggregate = java.util.UUID.randomUUID().toString();
        transactions.executeInTransaction(() -> engine.appendEvents(manyEvents(aggregate, 250)));

        for (int batch : new int[] {1, 7, 100}) {
            JpaEventStorageEngine.Builder settings = JpaEventStorageEngine.builder()
                    .entityManagerProvider(entityManagers).transactionManager(transactions)
                    .eventSerializer(eventSerializer).snapshotSerializer(eventSerializer).batchSize(batch);
            EventStorageEngine byIndex = new GapIndexedEventStorageEngine(settings, transactions, true);
            EventStorageEngine axons = settings.build();
            for (long from : new long[] {0, 123, 249, 250}) {
                assertThat(stream(byIndex, aggregate, from)).as("from %d, batches of %d", from, batch)
                        .hasSize((int) (250 - from)).isEqualTo(stream(axons, aggregate, from));
            }
        }
    }

    /**
     * The statement the engine sends for a batch of an aggregate's events (read from H2's query
     * statistics), explained by H2 as it runs: it scans the batch, where Axon's order, by the
     * sequence number alone, scans the rest of the stream for every batch.
     */
    @Test
    void anAggregatesStreamIsReadThroughTheIndexOneBatchAtATime() {
        String aggregate = java.util.UUID.randomUUID().toString();
        transactions.executeInTransaction(() -> engine.appendEvents(manyEvents(aggregate, 250)));
        org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        JpaEventStorageEngine.Builder settings = JpaEventStorageEngine.builder()
                .entityManagerProvider(entityManagers).transactionManager(transactions)
                .eventSerializer(eventSerializer).snapshotSerializer(eventSerializer).batchSize(20);

        jdbc.execute("SET QUERY_STATISTICS TRUE");
        String sent;
        try {
            stream(new GapIndexedEventStorageEngine(settings, transactions, true), aggregate, 10);
            sent = jdbc.queryForList("SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS", String.class)
                    .stream().filter(statement -> statement.contains("sequence_number>=?")).findFirst().orElseThrow();
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }
        String axonsOrder = sent.replaceFirst("order by \\S+\\.aggregate_identifier,", "order by ");

        assertThat(axonsOrder).isNotEqualTo(sent);
        assertThat(scanned(jdbc.queryForObject("EXPLAIN ANALYZE " + sent, String.class, aggregate, 10, 20)))
                .isLessThanOrEqualTo(21);
        assertThat(scanned(jdbc.queryForObject("EXPLAIN ANALYZE " + axonsOrder, String.class, aggregate, 10, 20)))
                .isGreaterThanOrEqualTo(240);
    }

    /** The rows H2 says it scanned, in the plan EXPLAIN ANALYZE gives. */
    private static int scanned(String plan) {
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("scanCount: (\\d+)").matcher(plan);
        assertThat(count.find()).as(plan).isTrue();
        return Integer.parseInt(count.group(1));
    }

    private List<String> stream(EventStorageEngine reader, String aggregate, long from) {
        return transactions.fetchInTransaction(() -> reader.readEvents(aggregate, from).asStream()
                .map(event -> event.getIdentifier() + " " + event.getSequenceNumber() + " " + event.getPayload()
                        + " " + event.getMetaData() + " " + event.getTimestamp())
                .toList());
    }

    private static List<org.axonframework.eventhandling.DomainEventMessage<?>> manyEvents(String aggregate, int count) {
        return manyEvents(aggregate, count, java.time.Instant.now());
    }

    private static List<org.axonframework.eventhandling.DomainEventMessage<?>> manyEvents(String aggregate, int count,
                                                                                          java.time.Instant at) {
        return java.util.stream.IntStream.range(0, count)
                .<org.axonframework.eventhandling.DomainEventMessage<?>>mapToObj(sequence ->
                        new org.axonframework.eventhandling.GenericDomainEventMessage<>("StorageTest", aggregate,
                                sequence, new org.axonframework.messaging.GenericMessage<>(
                                java.util.Map.of("n", sequence), org.axonframework.messaging.MetaData.emptyInstance()),
                                () -> at))
                .toList();
    }

    /** The aggregate's events {@code reader} reads past {@code after}, each as its aggregate's identifier. */
    private List<String> read(EventStorageEngine reader, String aggregate, GapAwareTrackingToken after) {
        return read(reader, Set.of(aggregate), after);
    }

    private List<String> read(EventStorageEngine reader, Set<String> aggregates, GapAwareTrackingToken after) {
        return transactions.fetchInTransaction(() -> reader.readEvents(after, false)
                .map(event -> ((org.axonframework.eventhandling.DomainEventMessage<?>) event).getAggregateIdentifier())
                .filter(aggregates::contains)
                .toList());
    }

    private static List<org.axonframework.eventhandling.DomainEventMessage<?>> events(String aggregate,
                                                                                      java.time.Instant at) {
        return List.of(
                new org.axonframework.eventhandling.GenericDomainEventMessage<>("StorageTest", aggregate, 0,
                        new org.axonframework.messaging.GenericMessage<>(java.util.Map.of("text", "Une idée, « longue »")
                        , org.axonframework.messaging.MetaData.with("actor", "participant:x")),
                        () -> at),
                new org.axonframework.eventhandling.GenericDomainEventMessage<>("StorageTest", aggregate, 1,
                        new org.axonframework.messaging.GenericMessage<>(java.util.Map.of("n", 2),
                                org.axonframework.messaging.MetaData.emptyInstance()), () -> at));
    }

    @Autowired
    javax.sql.DataSource dataSource;

    /** Every column but the global index, the aggregate and the event's own identifier, in sequence order. */
    private List<String> rows(String aggregate) {
        return new org.springframework.jdbc.core.JdbcTemplate(dataSource).query(
                "SELECT meta_data, payload, payload_revision, payload_type, time_stamp, sequence_number, type"
                        + " FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                (row, i) -> new String(row.getBytes(1), java.nio.charset.StandardCharsets.UTF_8) + " | "
                        + new String(row.getBytes(2), java.nio.charset.StandardCharsets.UTF_8) + " | "
                        + row.getString(3) + " | " + row.getString(4) + " | " + row.getString(5) + " | "
                        + row.getLong(6) + " | " + row.getString(7),
                aggregate);
    }

    /** A workshop with six ideas posted in it: the position of the last event. */
    private long sixIdeasPosted() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
        for (int i = 0; i < 6; i++) {
            postIdea(workshop, ana, java.util.UUID.randomUUID().toString(), "Une idée " + i);
        }
        return engine.createHeadToken().position().orElseThrow();
    }

    /** A gap's event does not move the token's position, so the events are told apart by their identifiers. */
    private List<String> everything(EventStorageEngine reader, GapAwareTrackingToken token) {
        return transactions.fetchInTransaction(() -> reader.readEvents(token, false)
                .map(event -> String.join(" ", event.getIdentifier(), String.valueOf(event.trackingToken()),
                        String.valueOf(event.getTimestamp()), event.getPayloadType().getName(),
                        String.valueOf(event.getPayload()), String.valueOf(event.getMetaData()),
                        event instanceof org.axonframework.eventhandling.DomainEventMessage<?> domain
                                ? domain.getType() + " " + domain.getAggregateIdentifier() + " "
                                + domain.getSequenceNumber() : "not of an aggregate"))
                .toList());
    }

    private List<String> identifiers(EventStorageEngine reader, GapAwareTrackingToken token) {
        return transactions.fetchInTransaction(() -> reader.readEvents(token, false)
                .map(TrackedEventMessage::getIdentifier)
                .toList());
    }
}
