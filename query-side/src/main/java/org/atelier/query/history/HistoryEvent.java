package org.atelier.query.history;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event of a workshop's history as it is read and exported: who did it (the person left out in
 * an anonymous phase), the phase and step the room was in once it happened, the event's content,
 * and its link in the hash chain.
 *
 * @param position       the event's position in the workshop (sequence number + 1)
 * @param at             when it was recorded, ISO-8601 UTC as the event store gives it
 * @param type           the event's name, such as {@code IdeaPosted}
 * @param actor          {@code organiser}, {@code facilitator}, {@code evaluator}, {@code participant:<id>},
 *                       or {@code participant} where the phase was anonymous; {@code null} if not recorded
 * @param organisationId the organisation of the participant who did it, {@code null} for other actors
 * @param phase          the room's phase once the event happened
 * @param step           the room's step once the event happened, {@code null} outside an open phase
 * @param payload        the event as stored, typed ids written as their text, persons left out where anonymous
 */
public record HistoryEvent(long position, String at, String type, String actor, String organisationId, String phase,
                           String step, JsonNode payload, String hash, String previousHash) {
}
