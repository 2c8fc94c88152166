package org.atelier.shared.workshop;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A participant says "I'm done" for the current step. */
public record MarkReady(@TargetAggregateIdentifier WorkshopId workshopId, ParticipantId participantId, Instant at) {
}
