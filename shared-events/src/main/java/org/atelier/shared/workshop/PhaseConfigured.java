package org.atelier.shared.workshop;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.axonframework.serialization.Revision;

@Revision("1")
@PublicName("PhaseConfigured")
public record PhaseConfigured(WorkshopId workshopId, Phase phase, boolean privateWriting, boolean anonymous,
                              boolean hiddenTallies, Instant at) {
}
