package org.atelier.web.storage;

import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, which wakes the processors' reader for a command's events once they
 * are in the file ({@link GroupCommit}) rather than once committed: the reader leaves them out until
 * then, and, woken before, would find nothing new and sleep until the next command or a second.
 */
final class WrittenEventsStore extends EmbeddedEventStore {

    WrittenEventsStore(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        GroupCommit.whenWritten(() -> super.afterCommit(events));
    }
}
