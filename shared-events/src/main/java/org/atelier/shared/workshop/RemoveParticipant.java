package org.atelier.shared.workshop;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The facilitator (or the organiser) puts a participant out of the room.
 *
 * @param removedBy who removes them, as the history names people ({@code facilitator}, {@code organiser})
 * @param reason    optional, kept in the history
 */
public record RemoveParticipant(@TargetAggregateIdentifier WorkshopId workshopId,
                                ParticipantId participantId,
                                String removedBy,
                                String reason,
                                Instant at) {
}
