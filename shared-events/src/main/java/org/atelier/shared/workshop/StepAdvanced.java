package org.atelier.shared.workshop;

import java.time.Instant;

import org.axonframework.serialization.Revision;

@Revision("1")
public record StepAdvanced(WorkshopId workshopId, Phase phase, Step from, Step to, Instant at) {
}
