package org.atelier.shared.cluster;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** A cluster of the phase then open; the ideas it gathers are each recorded as {@link IdeaClustered}. */
@Revision("1")
@PublicName("ClusterCreated")
public record ClusterCreated(WorkshopId workshopId, ClusterId clusterId, Phase phase, String title, Instant at) {
}
