package org.atelier.shared.workshop;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.axonframework.serialization.Revision;

/** The room moved from one phase to the next; an open phase starts at {@link Step#COLLECT}. */
@Revision("1")
@PublicName("PhaseAdvanced")
public record PhaseAdvanced(WorkshopId workshopId, Phase from, Phase to, Step step, Instant at) {
}
