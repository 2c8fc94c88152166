package org.atelier.shared.workshop;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.axonframework.serialization.Revision;

/** Recorded with the advance from REALIZATION: nothing more can be posted. */
@Revision("1")
@PublicName("WorkshopClosed")
public record WorkshopClosed(WorkshopId workshopId, Instant at) {
}
