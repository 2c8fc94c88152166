package org.atelier.shared.workshop;

import java.time.Instant;

import java.util.List;

import org.atelier.shared.vote.Criterion;
import org.atelier.shared.vote.VotingMode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The facilitator's choices for a phase: private writing (each participant sees only their own
 * ideas until they are revealed), anonymity (authors hidden from the room) and hidden tallies
 * (votes not shown until the VOTE step ends); how the phase votes ({@code null}: as before, dots at first) and, for
 * CRITERIA, on what.
 */
public record ConfigurePhase(@TargetAggregateIdentifier WorkshopId workshopId, Phase phase, boolean privateWriting,
                             boolean anonymous, boolean hiddenTallies, VotingMode votingMode,
                             List<Criterion> criteria, Instant at) {

    public ConfigurePhase(WorkshopId workshopId, Phase phase, boolean privateWriting, boolean anonymous,
                          boolean hiddenTallies, Instant at) {
        this(workshopId, phase, privateWriting, anonymous, hiddenTallies, null, null, at);
    }
}
