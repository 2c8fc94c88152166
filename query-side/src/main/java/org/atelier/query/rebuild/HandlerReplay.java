package org.atelier.query.rebuild;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.atelier.query.batch.BatchEnd;
import org.atelier.query.batch.WrittenBehind;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Replays through a projection's own {@code @EventHandler}s, on an instance of it that writes to a
 * {@link ScratchDatabase} in memory, copied to the rebuild's database at the end: the simplest way
 * for a projection to join the rebuild, with the very code that runs live. Suits read models with
 * few documents; one with many (boards) folds in memory and writes its documents itself.
 *
 * <p>A projection whose documents are {@link WrittenBehind} gets the events as a processor gives
 * them, in batches ({@value #BATCH} of those it handles): each batch in a unit of work of Axon's
 * batches, so that it holds its documents until the batch ends and writes them then, once. One
 * event at a time, it read and wrote the scratch database at every event, half of a rebuild's
 * replay for the partnerships alone.
 */
public final class HandlerReplay implements ReadModelReplay {

    /** Updates emitted during a replay reach nobody: no screen follows the rebuild's database. */
    public static final QueryUpdateEmitter NO_SCREENS = SimpleQueryUpdateEmitter.builder().build();

    static final int BATCH = 1000;

    private final MongoTemplate target;
    private final ScratchDatabase scratch;
    private final AnnotationEventHandlerAdapter handlers;
    /**
     * What a processor's batch does around the projection's handlers ({@link BatchEnd}), when its
     * documents are written behind; {@code null} when it writes at each event.
     */
    private final MessageHandlerInterceptor<EventMessage<?>> batchEnd;
    private final List<EventMessage<?>> batch = new ArrayList<>();
    /** Whether the projection handles a payload type: asking the adapter for every event costs more than the handling. */
    private final Map<Class<?>, Boolean> handled = new HashMap<>();

    private HandlerReplay(MongoTemplate target, Function<MongoTemplate, Object> projection) {
        this.target = target;
        this.scratch = new ScratchDatabase();
        try {
            Object instance = projection.apply(scratch.template(target));
            this.handlers = new AnnotationEventHandlerAdapter(instance);
            this.batchEnd = instance instanceof WrittenBehind behind ? BatchEnd.interceptor(behind) : null;
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
        if (batchEnd == null) {
            handle(event);
            return;
        }
        batch.add(event);
        if (batch.size() == BATCH) {
            applyBatch();
        }
    }

    @Override
    public void finish() {
        applyBatch();
        scratch.copyInto(target);
    }

    @Override
    public void close() {
        batch.clear();
        scratch.close();
    }

    /**
     * The batch's events handled in order within one of Axon's batch units of work, through the
     * interceptor a processor's batch goes through: documents read ahead, written at the last event,
     * forgotten if one fails.
     */
    private void applyBatch() {
        if (batch.isEmpty()) {
            return;
        }
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.copyOf(batch));
        batch.clear();
        ResultMessage<Object> result = unitOfWork.executeWithResult(() -> batchEnd.handle(unitOfWork, () -> {
            handle(unitOfWork.getMessage());
            return null;
        }), RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw result.exceptionResult() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("Replaying a batch failed", result.exceptionResult());
        }
    }

    private void handle(EventMessage<?> event) {
        try {
            handlers.handle(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Replaying " + event.getPayloadType().getSimpleName() + " failed", e);
        }
    }
}
