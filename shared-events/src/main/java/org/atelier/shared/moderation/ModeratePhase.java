package org.atelier.shared.moderation;

import java.time.Instant;

import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The facilitator's choice that a phase's ideas wait for approval before the room sees them. */
public record ModeratePhase(@TargetAggregateIdentifier WorkshopId workshopId, Phase phase, boolean moderated,
                            Instant at) {
}
