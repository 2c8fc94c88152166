package org.atelier.shared.timer;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

@Revision("1")
@PublicName("TimerStopped")
public record TimerStopped(WorkshopId workshopId, Instant at) {
}
