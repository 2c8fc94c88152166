package org.atelier.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every client of a trial received, checked against what was sent: each message exactly
 * once, in position order, and the latency of each measured (message, client) pair.
 */
record Deliveries(int clients, Histogram latencies, long missing, long duplicates, long outOfOrder, long unexpected,
                  int transportErrors, Throwable firstTransportError) {

    private static final long HIGHEST_NANOS = TimeUnit.MINUTES.toNanos(10);

    static Deliveries check(Audience audience, List<Trial.Sent> sent, ObjectMapper json) {
        Map<String, Trial.Sent> sentById = new HashMap<>();
        sent.forEach(message -> sentById.put(message.id(), message));
        Histogram latencies = new Histogram(HIGHEST_NANOS, 3);
        long missing = 0;
        long duplicates = 0;
        long outOfOrder = 0;
        long unexpected = 0;
        List<Inbox> inboxes = audience.inboxes();
        for (Inbox inbox : inboxes) {
            Set<String> seen = new HashSet<>();
            long lastPosition = Long.MIN_VALUE;
            for (Inbox.Arrival arrival : inbox.arrivals()) {
                JsonNode message = parse(json, arrival.body());
                long position = message.path("position").asLong(Long.MIN_VALUE);
                if (position <= lastPosition) {
                    outOfOrder++;
                }
                lastPosition = Math.max(lastPosition, position);
                Trial.Sent origin = sentById.get(message.path("payload").path("ideaId").asText());
                if (origin == null || !"IdeaPosted".equals(message.path("type").asText())) {
                    unexpected++;
                } else if (!seen.add(origin.id())) {
                    duplicates++;
                } else if (origin.measured()) {
                    latencies.recordValue(Math.min(arrival.nanos() - origin.nanos(), HIGHEST_NANOS));
                }
            }
            missing += sentById.size() - seen.size();
        }
        return new Deliveries(inboxes.size(), latencies, missing, duplicates, outOfOrder, unexpected,
                audience.transportErrors(), audience.firstTransportError());
    }

    boolean intact() {
        return missing == 0 && duplicates == 0 && outOfOrder == 0 && unexpected == 0 && transportErrors == 0;
    }

    double millisAt(double percentile) {
        return latencies.getValueAtPercentile(percentile) / 1e6;
    }

    double maxMillis() {
        return latencies.getMaxValue() / 1e6;
    }

    private static JsonNode parse(ObjectMapper json, String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException unreadable) {
            return json.createObjectNode();
        }
    }
}
