package org.atelier.query.network;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Keyed by {@link WorkshopKey}: every idea ever put in a cluster (directly or by a merge): the candidates for its members, each
 * idea's {@link IdeaOrigin#clusterId()} saying whether it still is one. Ideas are never removed
 * from the list, so applying an event again changes nothing.
 */
@Document("network_clusters")
record ClusterMembers(@Id String clusterKey, List<String> ideaIds) {

    ClusterMembers {
        ideaIds = ideaIds == null ? List.of() : ideaIds;
    }
}
