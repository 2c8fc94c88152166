package org.atelier.web.storage;

import java.time.Instant;

import org.atelier.web.messaging.UtcInstants;
import org.axonframework.common.DateTimeUtils;

/**
 * An event's timestamp read back from the text the event store keeps. Axon writes it in UTC with
 * three to nine digits of the second and parses it back with Java's ISO formatter, twice per event
 * when reading past a token; that form is read by {@link UtcInstants}, any other text by Axon's own
 * parser, so the answer, or the error, is always the one Axon would give.
 */
final class StoredTimestamps {

    private StoredTimestamps() {
    }

    static Instant parse(String text) {
        Instant read = UtcInstants.read(text);
        return read != null ? read : DateTimeUtils.parseInstant(text);
    }
}
