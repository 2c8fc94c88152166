package org.atelier.query.network;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Keyed by {@link WorkshopKey}: whose an idea is and the cluster it is in now: what an idea or proposal built on it links to. */
@Document("network_ideas")
record IdeaOrigin(@Id String ideaKey, String organisationId, String clusterId) {
}
