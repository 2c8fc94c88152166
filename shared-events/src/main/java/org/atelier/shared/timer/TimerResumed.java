package org.atelier.shared.timer;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** The countdown runs again until {@code endsAt}. */
@Revision("1")
@PublicName("TimerResumed")
public record TimerResumed(WorkshopId workshopId, Instant endsAt, Instant at) {
}
