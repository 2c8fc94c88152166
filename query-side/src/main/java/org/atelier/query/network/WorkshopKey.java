package org.atelier.query.network;

/** Idea and cluster ids are chosen within a workshop, so their documents are keyed by both. */
final class WorkshopKey {

    private WorkshopKey() {
    }

    static String of(String workshopId, String id) {
        return workshopId + "|" + id;
    }

    /** The id within the workshop, from a key made by {@link #of}. */
    static String idIn(String workshopId, String key) {
        return key.substring(workshopId.length() + 1);
    }
}
