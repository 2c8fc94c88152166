package org.atelier.shared.idea;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

@Revision("1")
@PublicName("IdeaHidden")
public record IdeaHidden(WorkshopId workshopId, IdeaId ideaId, String reason, Instant at) {
}
