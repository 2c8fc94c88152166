package org.atelier.web.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import org.atelier.query.processing.HeldWrites;
import org.atelier.query.processing.ProcessorTokens;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for read models that no write waits for (the network's facts): before such a
 * read, waits until the read model's processor has taken in every event stored when the read
 * began, so a change acknowledged before the read is in what it answers. The processor's progress
 * is read from the token store, which every instance shares, so it holds whichever instance runs
 * the processor; past {@code atelier.read-your-writes-timeout} the read goes on and a warning is
 * logged. A read model written behind on a timer ({@link HeldWrites}) is asked to write at once
 * while the read waits, instead of at its next interval.
 */
@Component
public class ReadModelCatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelCatchUp.class);
    private static final Duration POLL = Duration.ofMillis(5);

    private final EventStore eventStore;
    private final ProcessorTokens tokens;
    private final List<HeldWrites> heldWrites;
    private final Duration timeout;

    ReadModelCatchUp(EventStore eventStore, ProcessorTokens tokens, List<HeldWrites> heldWrites,
                     @Value("${atelier.read-your-writes-timeout:10s}") Duration timeout) {
        this.eventStore = eventStore;
        this.tokens = tokens;
        this.heldWrites = heldWrites;
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
        while (!tokens.hasReached(processingGroup, wanted.getAsLong())) {
            if (Instant.now().isAfter(deadline)) {
                LOG.warn("The read model {} has not reached the event store's position {} within {}; answering anyway.",
                        processingGroup, wanted.getAsLong(), timeout);
                return;
            }
            heldWrites.stream().filter(held -> held.processingGroup().equals(processingGroup))
                    .forEach(HeldWrites::writeSoon);
            pause();
        }
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
