package org.atelier.query.processing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * Decides what becomes of an event a projection failed on. When the read-model store is out of
 * reach every event would fail alike, so parking them would only fill the queue: the failure goes
 * back to the processor, which retries the batch with back-off and reports its error state. Any
 * other failure concerns that event: it is parked with its workshop's later events, counting how
 * often it was tried, and the other workshops go on.
 */
final class DeadLetterPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String RETRIES = "retries";

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isStoreOutOfReach(cause)) {
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        return Decisions.enqueue(cause, failed -> failed.diagnostics().and(RETRIES, retriesOf(failed) + 1));
    }

    static int retriesOf(DeadLetter<?> letter) {
        MetaData diagnostics = letter.diagnostics();
        return diagnostics.get(RETRIES) instanceof Number count ? count.intValue() : -1;
    }

    private static boolean isStoreOutOfReach(Throwable cause) {
        for (Throwable at = cause; at != null; at = at.getCause()) {
            if (at instanceof DataAccessResourceFailureException || at instanceof TransientDataAccessException
                    || at instanceof MongoSocketException || at instanceof MongoTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
