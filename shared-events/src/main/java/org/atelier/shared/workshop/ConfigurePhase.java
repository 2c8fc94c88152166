package org.atelier.shared.workshop;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The facilitator's choices for a phase: private writing (each participant sees only their own
 * ideas until they are revealed), anonymity (authors hidden from the room) and hidden tallies
 * (votes not shown until the VOTE step ends).
 */
public record ConfigurePhase(@TargetAggregateIdentifier WorkshopId workshopId, Phase phase, boolean privateWriting,
                             boolean anonymous, boolean hiddenTallies, Instant at) {
}
