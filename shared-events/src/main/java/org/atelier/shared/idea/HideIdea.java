package org.atelier.shared.idea;

import java.time.Instant;

import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The facilitator's moderation: the idea leaves the board, the fact stays in the history. */
public record HideIdea(@TargetAggregateIdentifier WorkshopId workshopId, IdeaId ideaId, String reason, Instant at) {
}
