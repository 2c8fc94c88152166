package org.atelier.shared.workshop;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record IdeasRevealed(WorkshopId workshopId, Phase phase, Instant at) {
}
