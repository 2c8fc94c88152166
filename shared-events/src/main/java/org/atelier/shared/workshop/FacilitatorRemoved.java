package org.atelier.shared.workshop;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A facilitator no longer runs the workshop: their token is refused from then on. */
@Revision("1")
public record FacilitatorRemoved(WorkshopId workshopId,
                                 FacilitatorId facilitatorId,
                                 String removedBy,
                                 Instant at) {
}
