package org.atelier.shared.workshop;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.axonframework.serialization.Revision;

/** A facilitator no longer runs the workshop: their token is refused from then on. */
@Revision("1")
@PublicName("FacilitatorRemoved")
public record FacilitatorRemoved(WorkshopId workshopId,
                                 FacilitatorId facilitatorId,
                                 String removedBy,
                                 Instant at) {
}
