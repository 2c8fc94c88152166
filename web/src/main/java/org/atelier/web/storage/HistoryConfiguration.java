package org.atelier.web.storage;

import java.util.Iterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.atelier.query.rebuild.HistorySource;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where a rebuild of the read models reads the whole history from. */
@Configuration(proxyBeanMethods = false)
class HistoryConfiguration {

    /** Events per query when the rebuild reads the embedded store: the live processors read 100 at a time. */
    static final int REBUILD_BATCH = 5_000;

    /**
     * On the embedded store, straight from its tables in large batches (a reader of its own, with
     * the store's serializers); with Axon Server, through the event store's stream.
     */
    @Bean
    HistorySource history(EventStore eventStore, ObjectProvider<EventStorageEngine> storageEngine,
                          ObjectProvider<EntityManagerProvider> entityManagers, TransactionManager transactions,
                          @Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer) {
        EventStorageEngine engine = storageEngine.getIfAvailable();
        if (engine instanceof JpaEventStorageEngine && entityManagers.getIfAvailable() != null) {
            JpaEventStorageEngine.Builder settings = JpaEventStorageEngine.builder()
                    .entityManagerProvider(entityManagers.getObject())
                    .transactionManager(transactions)
                    .eventSerializer(eventSerializer)
                    .snapshotSerializer(serializer)
                    .batchSize(REBUILD_BATCH);
            // The application's own engine lends its list of events not yet written, so that a
            // rebuild never takes in an event a crash could still take back.
            JpaEventStorageEngine reader = engine instanceof GapIndexedEventStorageEngine appending
                    ? appending.reader(settings, transactions) : new GapIndexedEventStorageEngine(settings);
            return new EngineHistory(reader);
        }
        if (engine != null) {
            return new EngineHistory(engine);
        }
        return new StreamHistory(eventStore);
    }

    private record EngineHistory(EventStorageEngine engine) implements HistorySource {

        @Override
        public Stream<? extends TrackedEventMessage<?>> readAfter(TrackingToken token) {
            return engine.readEvents(token, false);
        }

        @Override
        public long headPosition() {
            TrackingToken head = engine.createHeadToken();
            return head == null ? 0 : head.position().orElse(0);
        }
    }

    private record StreamHistory(EventStore eventStore) implements HistorySource {

        @Override
        public Stream<? extends TrackedEventMessage<?>> readAfter(TrackingToken token) {
            BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(token);
            Iterator<TrackedEventMessage<?>> available = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return events.hasNextAvailable();
                }

                @Override
                public TrackedEventMessage<?> next() {
                    try {
                        return events.nextAvailable();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Reading the history was interrupted", e);
                    }
                }
            };
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(available, 0), false)
                    .onClose(events::close);
        }

        @Override
        public long headPosition() {
            TrackingToken head = eventStore.createHeadToken();
            return head == null ? 0 : head.position().orElse(0);
        }
    }
}
