package org.atelier.shared.idea;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

@Revision("1")
@PublicName("IdeaEdited")
public record IdeaEdited(WorkshopId workshopId, IdeaId ideaId, String text, Instant at) {
}
