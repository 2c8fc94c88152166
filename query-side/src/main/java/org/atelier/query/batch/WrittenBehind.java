package org.atelier.query.batch;

import java.util.List;

import org.axonframework.eventhandling.EventMessage;

/**
 * A projection that holds what a batch of events changed and writes it when the batch ends
 * ({@link BatchEnd}), before its processor stores the batch's token.
 */
public interface WrittenBehind {

    /** The tracking processor whose batches it follows. */
    String processingGroup();

    /**
     * A batch begins with these events: the projection may read at once the documents they will
     * need, instead of one round trip each. Nothing by default.
     */
    default void batchBegins(List<? extends EventMessage<?>> events) {
    }

    /** Writes everything the batch changed; what fails fails the batch, which is then retried. */
    void writeBehind();

    /** The batch failed: what it changed and was not written is forgotten, to be read again. */
    void discardPending();
}
