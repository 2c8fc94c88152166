package org.atelier.shared.workshop;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The facilitator (or the organiser) gives a new personal code to someone who lost theirs; the
 * previous one is refused from then on.
 *
 * @param rejoinCode the new code, made by the caller; only its digest is kept, and no event carries it
 * @param replacedBy who hands it over, as the history names people
 */
public record ReplaceRejoinCode(@TargetAggregateIdentifier WorkshopId workshopId,
                                ParticipantId participantId,
                                String rejoinCode,
                                String replacedBy,
                                Instant at) {
}
