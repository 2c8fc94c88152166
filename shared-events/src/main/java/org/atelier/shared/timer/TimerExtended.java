package org.atelier.shared.timer;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/**
 * The countdown got {@code seconds} more: it now ends at {@code endsAt} when running, or has
 * {@code remainingSeconds} left when paused.
 */
@Revision("1")
@PublicName("TimerExtended")
public record TimerExtended(WorkshopId workshopId, long seconds, Instant endsAt, long remainingSeconds, Instant at) {
}
