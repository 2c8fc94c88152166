package org.atelier.query.rebuild;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
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
 *
 * <p>The handlers run on a thread of their own, in the events' order: each of their reads and writes
 * is a round trip to the scratch server, and meanwhile the rebuild's thread goes on folding the
 * other read models. A bounded queue between the two keeps memory flat.
 */
public final class HandlerReplay implements ReadModelReplay {

    /** Updates emitted during a replay reach nobody: no screen follows the rebuild's database. */
    public static final QueryUpdateEmitter NO_SCREENS = SimpleQueryUpdateEmitter.builder().build();

    private static final int QUEUED = 10_000;
    private static final Object STOP = new Object();

    private final MongoTemplate target;
    private final ScratchDatabase scratch;
    private final AnnotationEventHandlerAdapter handlers;
    /** Whether the projection handles a payload type: asking the adapter for every event costs more than the handling. */
    private final Map<Class<?>, Boolean> handled = new HashMap<>();
    /** Events for the handlers, a {@link CountDownLatch} to say when all before it are applied, or {@link #STOP}. */
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread worker;
    private volatile RuntimeException failure;

    private HandlerReplay(MongoTemplate target, Function<MongoTemplate, Object> projection) {
        this.target = target;
        this.scratch = new ScratchDatabase();
        try {
            Object instance = projection.apply(scratch.template(target));
            this.handlers = new AnnotationEventHandlerAdapter(instance);
            this.worker = new Thread(this::work, "replay-" + instance.getClass().getSimpleName());
        } catch (RuntimeException e) {
            scratch.close();
            throw e;
        }
        worker.setDaemon(true);
        worker.start();
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
        failIfFailed();
        if (handled.computeIfAbsent(event.getPayloadType(), handlers::canHandleType)) {
            put(event);
        }
    }

    /** Waits for every event given so far to be applied, then copies the documents to the target. */
    @Override
    public void finish() {
        CountDownLatch applied = new CountDownLatch(1);
        put(applied);
        try {
            applied.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the handlers caught up", e);
        }
        failIfFailed();
        scratch.copyInto(target);
    }

    @Override
    public void close() {
        if (worker.isAlive()) {
            queue.clear();
            put(STOP);
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        scratch.close();
    }

    private void work() {
        while (true) {
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (next == STOP) {
                return;
            }
            if (next instanceof CountDownLatch applied) {
                applied.countDown();
            } else if (failure == null) {
                handle((EventMessage<?>) next);
            }
        }
    }

    private void handle(EventMessage<?> event) {
        try {
            handlers.handle(event);
        } catch (RuntimeException e) {
            failure = e;
        } catch (Exception e) {
            failure = new IllegalStateException("Replaying " + event.getPayloadType().getSimpleName() + " failed", e);
        }
    }

    private void put(Object next) {
        try {
            queue.put(next);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while handing an event to the replay's handlers", e);
        }
    }

    private void failIfFailed() {
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }
}
