package org.atelier.shared.workshop;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends private writing in the phase now open: every idea appears to everyone at once. */
public record RevealIdeas(@TargetAggregateIdentifier WorkshopId workshopId, Instant at) {
}
