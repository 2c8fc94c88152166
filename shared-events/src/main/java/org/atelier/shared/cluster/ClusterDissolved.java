package org.atelier.shared.cluster;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** The cluster is no more; its ideas belong to no cluster. */
@Revision("1")
@PublicName("ClusterDissolved")
public record ClusterDissolved(WorkshopId workshopId, ClusterId clusterId, Instant at) {
}
