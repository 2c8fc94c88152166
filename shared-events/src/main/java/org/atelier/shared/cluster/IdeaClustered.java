package org.atelier.shared.cluster;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** The idea now belongs to the cluster, or to none when {@code clusterId} is null. */
@Revision("1")
@PublicName("IdeaClustered")
public record IdeaClustered(WorkshopId workshopId, IdeaId ideaId, ClusterId clusterId, Instant at) {
}
