package org.atelier.shared.moderation;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** A waiting idea refused: the room never sees it, its author reads the reason. */
@Revision("1")
@PublicName("IdeaRejected")
public record IdeaRejected(WorkshopId workshopId, IdeaId ideaId, String reason, Instant at) {
}
