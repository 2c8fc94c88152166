package org.atelier.shared.workshop;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.axonframework.serialization.Revision;

/** The room went back one step; nothing recorded in the later step is undone. */
@Revision("1")
@PublicName("StepReverted")
public record StepReverted(WorkshopId workshopId, Phase phase, Step from, Step to, Instant at) {
}
