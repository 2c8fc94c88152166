package org.atelier.shared.idea;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PostIdea(@TargetAggregateIdentifier WorkshopId workshopId,
                       IdeaId ideaId,
                       ParticipantId author,
                       String text,
                       List<IdeaId> inspiredBy,
                       Instant at) {
}
