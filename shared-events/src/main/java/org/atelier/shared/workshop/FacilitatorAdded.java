package org.atelier.shared.workshop;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.axonframework.serialization.Revision;

/** A co-facilitator runs the workshop from now on; their token is never in the event. */
@Revision("1")
@PublicName("FacilitatorAdded")
public record FacilitatorAdded(WorkshopId workshopId,
                               FacilitatorId facilitatorId,
                               String name,
                               String addedBy,
                               Instant at) {
}
