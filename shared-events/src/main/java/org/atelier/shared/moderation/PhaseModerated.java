package org.atelier.shared.moderation;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** From now on a participant's idea in this phase waits for approval ({@code moderated}), or no longer. */
@Revision("1")
@PublicName("PhaseModerated")
public record PhaseModerated(WorkshopId workshopId, Phase phase, boolean moderated, Instant at) {
}
