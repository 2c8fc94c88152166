package org.atelier.query.rebuild;

import java.util.stream.Stream;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;

/** Where a rebuild reads the history: every event stored now, in the store's order, in large batches. */
public interface HistorySource {

    /** The events after {@code token} ({@code null}: from the first), up to what is stored now. */
    Stream<? extends TrackedEventMessage<?>> readAfter(TrackingToken token);

    /** The position of the last event stored now (0 when there is none), to say how far the rebuild has to go. */
    long headPosition();
}
