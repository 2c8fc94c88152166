package org.atelier.shared.idea;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

@Revision("1")
@PublicName("IdeaWithdrawn")
public record IdeaWithdrawn(WorkshopId workshopId, IdeaId ideaId, Instant at) {
}
