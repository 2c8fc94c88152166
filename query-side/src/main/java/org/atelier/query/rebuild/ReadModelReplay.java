package org.atelier.query.rebuild;

import org.axonframework.eventhandling.EventMessage;

/**
 * One read model being folded again: every event of the store in its order, then {@link #finish()};
 * closed in every case, finished or not. A rebuild goes on after the first {@code finish()}: it
 * applies the events stored meanwhile and finishes again, as many times as it takes to catch up
 * with the live processors, so each {@code finish()} writes what changed since the one before.
 */
public interface ReadModelReplay extends AutoCloseable {

    void apply(EventMessage<?> event);

    /** Writes what is still held in memory; after it the target holds every event applied so far. */
    void finish();

    /** Lets go of what the replay held (memory, a scratch database). */
    @Override
    default void close() {
    }
}
