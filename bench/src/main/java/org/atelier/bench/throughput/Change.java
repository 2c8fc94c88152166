package org.atelier.bench.throughput;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a screen must receive for one acknowledged command: the event's name and the idea it is
 * about (and for a move, the cluster it went to). Every command of the load records exactly one
 * event, so each acknowledged command is one change.
 */
record Change(String type, String ideaId, String clusterId) {

    static Change posted(String ideaId) {
        return new Change("IdeaPosted", ideaId, null);
    }

    static Change dotCast(String ideaId) {
        return new Change("VoteCast", ideaId, null);
    }

    static Change dotTakenBack(String ideaId) {
        return new Change("VoteRetracted", ideaId, null);
    }

    static Change moved(String ideaId, String clusterId) {
        return new Change("IdeaClustered", ideaId, clusterId);
    }

    /** The change a live message carries, as {@code {type, position, payload: {ideaId, clusterId?}}}. */
    static Change of(JsonNode message) {
        String type = message.path("type").asText();
        JsonNode payload = message.path("payload");
        String clusterId = "IdeaClustered".equals(type) ? payload.path("clusterId").asText(null) : null;
        return new Change(type, payload.path("ideaId").asText(null), clusterId);
    }
}
