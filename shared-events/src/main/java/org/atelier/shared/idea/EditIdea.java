package org.atelier.shared.idea;

import java.time.Instant;

import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EditIdea(@TargetAggregateIdentifier WorkshopId workshopId,
                       IdeaId ideaId,
                       ParticipantId editor,
                       String text,
                       Instant at) {
}
