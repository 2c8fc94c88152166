package org.atelier.shared.cluster;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** Every idea of {@code clusterId} now belongs to {@code into}; {@code clusterId} is no more. */
@Revision("1")
@PublicName("ClustersMerged")
public record ClustersMerged(WorkshopId workshopId, ClusterId clusterId, ClusterId into, Instant at) {
}
