package org.atelier.shared.workshop;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PhaseConfigured(WorkshopId workshopId, Phase phase, boolean privateWriting, boolean anonymous,
                              boolean hiddenTallies, Instant at) {
}
