package org.atelier.shared.workshop;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ScheduleWorkshop(@TargetAggregateIdentifier WorkshopId workshopId,
                               String title,
                               String theme,
                               String programme,
                               List<Session> sessions,
                               int votesPerParticipant,
                               int maxVotesPerIdea,
                               String joinCode,
                               Instant at) {
}
