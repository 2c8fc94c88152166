package org.atelier.query.rebuild;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Replays through a projection's own {@code @EventHandler}s, on an instance of it that writes to a
 * {@link ScratchDatabase} in memory, copied to the rebuild's database at the end: the simplest way
 * for a projection to join the rebuild, with the very code that runs live. Suits read models with
 * few documents; one with many (boards) folds in memory and writes its documents itself.
 */
public final class HandlerReplay implements ReadModelReplay {

    /** Updates emitted during a replay reach nobody: no screen follows the rebuild's database. */
    public static final QueryUpdateEmitter NO_SCREENS = SimpleQueryUpdateEmitter.builder().build();

    private final MongoTemplate target;
    private final ScratchDatabase scratch;
    private final AnnotationEventHandlerAdapter handlers;
    /** Whether the projection handles a payload type: asking the adapter for every event costs more than the handling. */
    private final Map<Class<?>, Boolean> handled = new HashMap<>();

    private HandlerReplay(MongoTemplate target, Function<MongoTemplate, Object> projection) {
        this.target = target;
        this.scratch = new ScratchDatabase();
        try {
            this.handlers = new AnnotationEventHandlerAdapter(projection.apply(scratch.template(target)));
        } catch (RuntimeException e) {
            scratch.close();
            throw e;
        }
    }

    /**
     * @param target     the rebuild's database, written at {@link #finish()}
     * @param projection makes an instance of the projection bound to the database given and {@link #NO_SCREENS}
     */
    public static HandlerReplay into(MongoTemplate target, Function<MongoTemplate, Object> projection) {
        return new HandlerReplay(target, projection);
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
        scratch.copyInto(target);
    }

    @Override
    public void close() {
        scratch.close();
    }
}
