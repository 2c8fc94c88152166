package org.atelier.query.history;

import java.util.Set;

/**
 * Which events of a history to keep; an empty set or a {@code null} organisation keeps every event
 * as far as that criterion goes.
 *
 * @param types          event names, such as {@code IdeaPosted}
 * @param organisationId the organisation of the participant who did it
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
                && (organisationId == null || organisationId.equals(event.organisationId()))
                && (phases.isEmpty() || phases.contains(event.phase()));
    }
}
