package org.atelier.shared.workshop;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.axonframework.serialization.Revision;

/**
 * The room went back to the previous phase, at its last step; its ideas, clusters and votes are as
 * they were left.
 */
@Revision("1")
@PublicName("PhaseReverted")
public record PhaseReverted(WorkshopId workshopId, Phase from, Phase to, Step step, Instant at) {
}
