package org.atelier.query.fold;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one reader of events makes of each event type: an entry for each type it reads, and the
 * types it declares it ignores. A test holds every table to every event of shared-events, so an
 * event added there is decided in each reader, not dropped unnoticed.
 *
 * @param <V> what the reader keeps for a type it reads
 */
public final class EventTable<V> {

    private final Map<Class<?>, V> entries;
    private final Set<Class<?>> ignored;

    private EventTable(Map<Class<?>, V> entries, Set<Class<?>> ignored) {
        this.entries = Map.copyOf(entries);
        this.ignored = Set.copyOf(ignored);
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** The entry for the event's type, or {@code null} for a type the reader ignores. */
    public V of(Object event) {
        return entries.get(event.getClass());
    }

    /** The event types with an entry. */
    public Set<Class<?>> handled() {
        return entries.keySet();
    }

    /** The event types the reader declares it has nothing to do with. */
    public Set<Class<?>> ignored() {
        return ignored;
    }

    public static final class Builder<V> {

        private final Map<Class<?>, V> entries = new LinkedHashMap<>();
        private final Set<Class<?>> ignored = new LinkedHashSet<>();

        private Builder() {
        }

        public Builder<V> on(Class<?> type, V entry) {
            declare(type);
            entries.put(type, entry);
            return this;
        }

        public Builder<V> ignoring(Class<?>... types) {
            for (Class<?> type : types) {
                declare(type);
                ignored.add(type);
            }
            return this;
        }

        public EventTable<V> build() {
            return new EventTable<>(entries, ignored);
        }

        /** One decision per type: a type handled twice, or both handled and ignored, is a mistake. */
        private void declare(Class<?> type) {
            if (entries.containsKey(type) || ignored.contains(type)) {
                throw new IllegalStateException(type.getName() + " is declared twice");
            }
        }
    }
}
