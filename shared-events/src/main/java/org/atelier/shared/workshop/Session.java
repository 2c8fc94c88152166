package org.atelier.shared.workshop;

import java.time.Instant;

/** One scheduled half-day session, given to one phase. */
public record Session(Phase phase, Instant start, Instant end) {
}
