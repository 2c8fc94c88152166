package org.atelier.shared.vote;

import java.time.Instant;

import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetractVote(@TargetAggregateIdentifier WorkshopId workshopId, ParticipantId voter, IdeaId ideaId,
                          Instant at) {
}
