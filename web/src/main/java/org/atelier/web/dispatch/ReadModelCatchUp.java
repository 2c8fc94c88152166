package org.atelier.web.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

/**
 * Read-your-writes for read models that no write waits for (the network's facts): before such a
 * read, waits until the read model's processor has taken in every event stored when the read
 * began, so a change acknowledged before the read is in what it answers. The processor's progress
 * is read from the token store, which every instance shares, so it holds whichever instance runs
 * the processor; past {@code atelier.read-your-writes-timeout} the read goes on and a warning is
 * logged.
 */
@Component
public class ReadModelCatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelCatchUp.class);
    private static final Duration POLL = Duration.ofMillis(5);

    private final EventStore eventStore;
    private final EntityManager entityManager;
    private final Serializer serializer;
    private final Duration timeout;

    /** @param serializer the general serializer, the token store's */
    ReadModelCatchUp(EventStore eventStore, EntityManager entityManager,
                     @Qualifier("serializer") Serializer serializer,
                     @Value("${atelier.read-your-writes-timeout:10s}") Duration timeout) {
        this.eventStore = eventStore;
        this.entityManager = entityManager;
        this.serializer = serializer;
        this.timeout = timeout;
    }

    /** Returns once the processor {@code processingGroup} has handled every event stored now. */
    public void await(String processingGroup) {
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong wanted = head == null ? OptionalLong.empty() : head.position();
        if (wanted.isEmpty()) {
            return;
        }
        Instant deadline = Instant.now().plus(timeout);
        while (!hasReached(processingGroup, wanted.getAsLong())) {
            if (Instant.now().isAfter(deadline)) {
                LOG.warn("The read model {} has not reached the event store's position {} within {}; answering anyway.",
                        processingGroup, wanted.getAsLong(), timeout);
                return;
            }
            pause();
        }
    }

    /** Every segment of the processor is at the position or past it. */
    private boolean hasReached(String processingGroup, long position) {
        List<TokenEntry> segments = entityManager.createQuery(
                        "SELECT t FROM TokenEntry t WHERE t.processorName = :processor", TokenEntry.class)
                .setParameter("processor", processingGroup)
                .getResultList();
        return !segments.isEmpty() && segments.stream().allMatch(segment -> {
            TrackingToken token = segment.getToken(serializer);
            return token != null && token.position().orElse(-1) >= position;
        });
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a read model", e);
        }
    }
}
