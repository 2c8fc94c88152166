package org.atelier.query.history;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which events of a history to keep; an empty set or a {@code null} organisation keeps every event
 * as far as that criterion goes.
 *
 * @param types          event names, such as {@code IdeaPosted}
 * @param organisationId the organisation of the participant who did it, or one the event names among its
 *                       {@code organisationIds} (a partnership is both partners' news, not only the
 *                       one whose commitment formed it)
 * @param phases         the room's phase once the event happened
 */
public record HistoryFilter(Set<String> types, String organisationId, Set<String> phases) {

    public static final HistoryFilter EVERYTHING = new HistoryFilter(Set.of(), null, Set.of());

    public HistoryFilter {
        types = Set.copyOf(types);
        phases = Set.copyOf(phases);
    }

    boolean matches(HistoryEvent event) {
        return (types.isEmpty() || types.contains(event.type()))
                && (organisationId == null || concerns(event))
                && (phases.isEmpty() || phases.contains(event.phase()));
    }

    private boolean concerns(HistoryEvent event) {
        if (organisationId.equals(event.organisationId())) {
            return true;
        }
        JsonNode named = event.payload() == null ? null : event.payload().get("organisationIds");
        if (named != null && named.isArray()) {
            for (JsonNode organisation : named) {
                if (organisationId.equals(organisation.asText())) {
                    return true;
                }
            }
        }
        return false;
    }
}
