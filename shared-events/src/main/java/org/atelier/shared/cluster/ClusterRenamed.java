package org.atelier.shared.cluster;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

@Revision("1")
@PublicName("ClusterRenamed")
public record ClusterRenamed(WorkshopId workshopId, ClusterId clusterId, String title, Instant at) {
}
