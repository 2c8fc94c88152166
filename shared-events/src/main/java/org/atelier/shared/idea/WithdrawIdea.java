package org.atelier.shared.idea;

import java.time.Instant;

import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawIdea(@TargetAggregateIdentifier WorkshopId workshopId,
                           IdeaId ideaId,
                           ParticipantId author,
                           Instant at) {
}
