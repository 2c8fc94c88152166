package org.atelier.query.network;

import java.time.Instant;
import java.util.List;

import org.bson.Document;

/**
 * One occurrence of a link between two organisations: {@code kind}, in {@code workshopId}, first
 * made {@code at} (the time of the event that made it). Its id names the occurrence (the kind, the
 * pair, the workshop and what made it: an idea, a proposal, a partnership), so an event applied
 * again finds it already there. A link's weight is how many occurrences it has. Kept with the other
 * facts of its workshop ({@link LinksMadeIn}).
 *
 * @param organisationIds the pair, in id order
 */
record LinkFact(String linkId, String kind, List<String> organisationIds, String workshopId, Instant at) {

    /** Organisation ids are UUIDs and the other ids letters, digits, '-' and '_': '|' separates them. */
    static String idOf(LinkKind kind, String first, String second, String workshopId, String madeBy) {
        String pair = first.compareTo(second) < 0 ? first + "|" + second : second + "|" + first;
        return kind + "|" + pair + "|" + workshopId + "|" + madeBy;
    }

    static List<String> pair(String first, String second) {
        return first.compareTo(second) < 0 ? List.of(first, second) : List.of(second, first);
    }

    /** As {@link LinksMadeIn} keeps it: without its workshop, which is the document's. */
    Document stored() {
        return new Document("linkId", linkId).append("kind", kind).append("organisationIds", organisationIds)
                .append("at", at);
    }

    LinkKind linkKind() {
        return LinkKind.valueOf(kind);
    }

    String source() {
        return organisationIds.get(0);
    }

    String target() {
        return organisationIds.get(1);
    }
}
