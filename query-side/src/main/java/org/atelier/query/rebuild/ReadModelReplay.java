package org.atelier.query.rebuild;

import org.axonframework.eventhandling.EventMessage;

/**
 * One read model being folded again: every event of the store in its order, then {@link #finish()};
 * closed in every case, finished or not.
 */
public interface ReadModelReplay extends AutoCloseable {

    void apply(EventMessage<?> event);

    /** Writes what is still held in memory; after it the target holds every event applied. */
    void finish();

    /** Lets go of what the replay held (memory, a scratch database). */
    @Override
    default void close() {
    }
}
