package org.atelier.shared.moderation;

import java.time.Instant;

import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectIdea(@TargetAggregateIdentifier WorkshopId workshopId, IdeaId ideaId, String reason,
                         Instant at) {
}
