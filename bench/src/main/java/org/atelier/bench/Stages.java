package org.atelier.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where an idea's latency goes in Atelier, read from the two instants each IdeaPosted message
 * carries: {@code payload.at}, taken by the API when it built the command, and {@code at}, the
 * event's own time, taken when the aggregate applied it. {@code at} has millisecond precision.
 */
record Stages(Histogram toApi, Histogram toEvent, Histogram toScreen) {

    static Stages of(Audience screens, List<Trial.Sent> sent, ObjectMapper json) {
        Map<String, Trial.Sent> measured = new HashMap<>();
        sent.stream().filter(Trial.Sent::measured).forEach(message -> measured.put(message.id(), message));
        Stages stages = new Stages(new Histogram(3), new Histogram(3), new Histogram(3));
        Map<String, Boolean> timed = new HashMap<>();
        for (Inbox inbox : screens.inboxes()) {
            for (Inbox.Arrival arrival : inbox.arrivals()) {
                stages.record(parse(json, arrival.body()), arrival, measured, timed);
            }
        }
        return stages;
    }

    private void record(JsonNode message, Inbox.Arrival arrival, Map<String, Trial.Sent> measured,
                        Map<String, Boolean> timed) {
        Trial.Sent origin = measured.get(message.path("payload").path("ideaId").asText());
        if (origin == null) {
            return;
        }
        try {
            Instant commandAt = Instant.parse(message.path("payload").path("at").asText());
            Instant eventAt = Instant.parse(message.path("at").asText());
            long sentToEvent = Duration.between(origin.sentAt(), eventAt).toNanos();
            if (timed.put(origin.id(), true) == null) {
                toApi.recordValue(Math.max(0, Duration.between(origin.sentAt(), commandAt).toNanos()));
                toEvent.recordValue(Math.max(0, Duration.between(commandAt, eventAt).toNanos()));
            }
            toScreen.recordValue(Math.max(0, arrival.nanos() - origin.nanos() - sentToEvent));
        } catch (DateTimeParseException unreadable) {
            // Not an instant: this message says nothing about its stages.
        }
    }

    private static JsonNode parse(ObjectMapper json, String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException unreadable) {
            return json.createObjectNode();
        }
    }
}
