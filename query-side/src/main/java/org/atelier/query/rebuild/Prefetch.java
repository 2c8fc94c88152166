package org.atelier.query.rebuild;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Reads and deserialises the history (payloads and timestamps) on a thread of its own, in batches,
 * while the caller folds: the two halves of a replay then use both cores. A few batches are held at
 * most, so memory stays bounded whatever the history's length.
 */
final class Prefetch {

    private static final int BATCH = 1_000;
    private static final int BATCHES_AHEAD = 4;
    private static final List<TrackedEventMessage<?>> END = List.of();

    private Prefetch() {
    }

    /** Hands every event of {@code history} to {@code fold}, in order, until the history ends. */
    static void forEach(Stream<? extends TrackedEventMessage<?>> history, Consumer<TrackedEventMessage<?>> fold) {
        BlockingQueue<List<TrackedEventMessage<?>>> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        RuntimeException[] failure = new RuntimeException[1];
        Thread reader = new Thread(() -> {
            try (history) {
                Iterator<? extends TrackedEventMessage<?>> events = history.iterator();
                List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
                while (events.hasNext()) {
                    TrackedEventMessage<?> event = events.next();
                    event.getPayload();
                    // Parsed from its stored text on first use, and kept: here rather than in the
                    // folds, a third of the board's replay in a profile of a million events.
                    event.getTimestamp();
                    batch.add(event);
                    if (batch.size() == BATCH) {
                        batches.put(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
                if (!batch.isEmpty()) {
                    batches.put(batch);
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failure[0] = e;
            }
            try {
                batches.put(END);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "read-model-rebuild-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                List<TrackedEventMessage<?>> batch = batches.take();
                if (batch == END) {
                    break;
                }
                batch.forEach(fold);
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The rebuild was interrupted", e);
        } finally {
            reader.interrupt();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
