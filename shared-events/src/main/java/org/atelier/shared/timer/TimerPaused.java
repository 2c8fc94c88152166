package org.atelier.shared.timer;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** The countdown stands still with {@code remainingSeconds} left. */
@Revision("1")
@PublicName("TimerPaused")
public record TimerPaused(WorkshopId workshopId, long remainingSeconds, Instant at) {
}
