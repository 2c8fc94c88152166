package org.atelier.query.processing;

import java.time.Clock;
import java.time.Duration;

import org.atelier.query.rebuild.ReadModelDatabase;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the processors keep their progress and the events they could not apply: in the read
 * models' own store, beside the documents they describe. A processor writes its token after the
 * documents of its batch, so a store that loses its last writes in a crash (the embedded one keeps
 * about a second in memory) can only lose a suffix of both: the token is never ahead of what was
 * written, and the events after it are applied again, which every projection takes idempotently.
 * Tokens and read models in two stores that fail differently froze a workshop for good. They are
 * kept in the base database, which a rebuild never switches ({@link ReadModelDatabase}).
 */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    static final String TOKENS = "tracking_tokens";
    static final String DEAD_LETTERS = "dead_letters";
    /** Well within Axon's claim timeout (10 s): see {@link SparingClaims}. */
    static final Duration CLAIM_EXTENDED_EVERY = Duration.ofSeconds(1);

    @Bean
    org.axonframework.extensions.mongo.MongoTemplate processingStore(ReadModelDatabase readModels) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(readModels.base())
                .build()
                .withTrackingTokenCollection(TOKENS)
                .withDeadLetterCollection(DEAD_LETTERS);
    }

    /**
     * @param serializer the general serializer, which Axon uses for tokens
     * @param nodeId     who claims the tokens: a fixed name where one instance serves (the embedded
     *                   default), so that after a crash it takes its own claims back at once instead
     *                   of waiting for them to time out; empty for Axon's own, one per process
     * @return the store, extending a processor's claim only once a second ({@link SparingClaims})
     */
    @Bean
    TokenStore tokenStore(org.axonframework.extensions.mongo.MongoTemplate processingStore,
                          @Qualifier("serializer") Serializer serializer,
                          @Value("${atelier.processing.node-id:}") String nodeId) {
        MongoTokenStore.Builder tokens = MongoTokenStore.builder()
                .mongoTemplate(processingStore)
                .serializer(serializer);
        TokenStore store = (nodeId.isBlank() ? tokens : tokens.nodeId(nodeId)).build();
        return new SparingClaims(store, CLAIM_EXTENDED_EVERY, Clock.systemUTC());
    }

    /**
     * A projection that fails on an event must not skip it (the default only logs): the error goes
     * to the dead-letter queue of its processor, or, when the store itself is out of reach, back to
     * the processor, which retries the batch with back-off ({@link DeadLetterPolicy}).
     *
     * <p>A processor's batch is no database transaction: its documents and its token go to a store
     * without transactions. Given the JPA transaction manager, Axon would write the token before
     * the batch's documents (right when both commit together); without one it writes it after them,
     * so a crash can leave the token behind the documents, never ahead (seen: boards missing the
     * events their processor's token had passed, for good).
     */
    @Bean
    ConfigurerModule projectionsRetryInsteadOfSkipping() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultTransactionManager(config -> NoTransactionManager.instance())
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance())
                .registerDefaultDeadLetterPolicy(config -> new DeadLetterPolicy());
    }

    /**
     * Replaces Axon's JPA dead-letter queue (which its Spring Boot support would put in the event
     * store's database) for the processors whose {@code dlq.enabled} is set: one sequence per
     * workshop, so one workshop's stuck event holds back only that workshop's later events.
     */
    @Bean
    DeadLetterQueueProviderConfigurerModule deadLetterQueueProviderConfigurerModule(
            EventProcessorProperties processors, org.axonframework.extensions.mongo.MongoTemplate processingStore,
            @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new DeadLetterQueueProviderConfigurerModule(processors,
                processingGroup -> config -> MongoSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(processingGroup)
                        .mongoTemplate(processingStore)
                        .serializer(eventSerializer)
                        .build());
    }
}
