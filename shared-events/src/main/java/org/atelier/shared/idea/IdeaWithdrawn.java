package org.atelier.shared.idea;

import java.time.Instant;

import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record IdeaWithdrawn(WorkshopId workshopId, IdeaId ideaId, Instant at) {
}
