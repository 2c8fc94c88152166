package org.atelier.web.security;

import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.WorkshopId;

/** Said in this instance once a facilitator's removal is recorded: whatever holds their sessions closes them. */
public record FacilitatorRevoked(WorkshopId workshopId, FacilitatorId facilitatorId) {
}
