package org.atelier.shared.workshop;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.axonframework.serialization.Revision;

@Revision("1")
@PublicName("IdeasRevealed")
public record IdeasRevealed(WorkshopId workshopId, Phase phase, Instant at) {
}
