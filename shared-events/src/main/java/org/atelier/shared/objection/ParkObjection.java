package org.atelier.shared.objection;

import java.time.Instant;

import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** "That won't work because…": in UTOPIA not posted on the board but parked until REALIZATION. */
public record ParkObjection(@TargetAggregateIdentifier WorkshopId workshopId, String objectionId,
                            ParticipantId author, String text, Instant at) {
}
