package org.atelier.shared.workshop;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.axonframework.serialization.Revision;

@Revision("1")
@PublicName("StepAdvanced")
public record StepAdvanced(WorkshopId workshopId, Phase phase, Step from, Step to, Instant at) {
}
