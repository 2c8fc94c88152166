package org.atelier.query.rebuild;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;

/**
 * Replays through a projection's own {@code @EventHandler}s, on an instance of it that writes to
 * the rebuild's database: the simplest way for a projection to join the rebuild, one write per
 * event as it does live. Suits read models with few events; a busy one folds in memory instead.
 */
public final class HandlerReplay implements ReadModelReplay {

    /** Updates emitted during a replay reach nobody: no screen follows the rebuild's database. */
    public static final QueryUpdateEmitter NO_SCREENS = SimpleQueryUpdateEmitter.builder().build();

    private final AnnotationEventHandlerAdapter handlers;
    /** Whether the projection handles a payload type: asking the adapter for every event costs more than the handling. */
    private final Map<Class<?>, Boolean> handled = new HashMap<>();

    private HandlerReplay(Object projection) {
        this.handlers = new AnnotationEventHandlerAdapter(projection);
    }

    /** @param projection an instance of the projection bound to the rebuild's database and {@link #NO_SCREENS} */
    public static HandlerReplay of(Object projection) {
        return new HandlerReplay(projection);
    }

    @Override
    public void apply(EventMessage<?> event) {
        if (!handled.computeIfAbsent(event.getPayloadType(), handlers::canHandleType)) {
            return;
        }
        try {
            handlers.handle(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Replaying " + event.getPayloadType().getSimpleName() + " failed", e);
        }
    }

    @Override
    public void finish() {
        // Every event was written as it was applied.
    }
}
