package org.atelier.query.fold;

import java.util.Set;

/**
 * A fold's cases: what each event type it reads does to its state, the other types declared
 * ignored (an {@link EventTable} of actions).
 *
 * @param <S> what the fold changes: a document, or the fold itself
 * @param <C> what else a case reads beside the event: when it happened, or its whole message
 */
public final class EventCases<S, C> {

    /** What one event type does to the state. */
    @FunctionalInterface
    public interface Case<S, E, C> {
        void apply(S state, E event, C context);
    }

    private final EventTable<Case<S, Object, C>> table;

    private EventCases(EventTable<Case<S, Object, C>> table) {
        this.table = table;
    }

    public static <S, C> Builder<S, C> builder() {
        return new Builder<>();
    }

    /** Applies the case of the event's type; answers {@code false} for a type the fold ignores. */
    public boolean apply(S state, Object event, C context) {
        Case<S, Object, C> handler = table.of(event);
        if (handler == null) {
            return false;
        }
        handler.apply(state, event, context);
        return true;
    }

    public boolean handles(Class<?> type) {
        return table.handled().contains(type);
    }

    public Set<Class<?>> handled() {
        return table.handled();
    }

    public EventTable<?> table() {
        return table;
    }

    public static final class Builder<S, C> {

        private final EventTable.Builder<Case<S, Object, C>> table = EventTable.builder();

        private Builder() {
        }

        public <E> Builder<S, C> on(Class<E> type, Case<S, ? super E, C> action) {
            table.on(type, (state, event, context) -> action.apply(state, type.cast(event), context));
            return this;
        }

        public Builder<S, C> ignoring(Class<?>... types) {
            table.ignoring(types);
            return this;
        }

        public EventCases<S, C> build() {
            return new EventCases<>(table.build());
        }
    }
}
