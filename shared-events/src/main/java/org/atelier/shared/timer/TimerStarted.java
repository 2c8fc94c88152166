package org.atelier.shared.timer;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** A countdown runs until {@code endsAt} (server time); screens show the time left from it. */
@Revision("1")
@PublicName("TimerStarted")
public record TimerStarted(WorkshopId workshopId, Phase phase, Step step, long seconds, Instant endsAt, Instant at) {
}
