package org.atelier.query.network;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The link facts made in one workshop, in the order they were made: one document per workshop,
 * so that the network's thousands of facts a workshop are read, written and compared a workshop
 * at a time (a rebuild writes some hundreds of documents, not some hundreds of thousands).
 */
@Document("network_workshop_links")
record LinksMadeIn(@Id String workshopId, List<Link> links) {

    LinksMadeIn {
        links = links == null ? List.of() : links;
    }

    /** The facts, each with this workshop. */
    List<LinkFact> facts() {
        return links.stream().map(link -> new LinkFact(link.linkId(), link.kind(), link.organisationIds(), workshopId,
                link.at())).toList();
    }

    /** A fact as the workshop's document holds it, its workshop being the document's. */
    record Link(String linkId, String kind, List<String> organisationIds, Instant at) {
    }
}
