package org.atelier.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** How the bench's clients connect: many, a few at a time, keeping those that connected in time. */
final class Connecting {

    /** Connections opened at once: enough to be quick, few enough not to look like a flood. */
    private static final int AT_ONCE = 50;

    private Connecting() {
    }

    /**
     * Opens {@code count} connections, at most {@link #AT_ONCE} at a time; waits for all of them up to
     * {@code timeout} (failing if one fails or is late) and answers those that were open by then.
     */
    static <T> List<T> all(int count, Supplier<CompletableFuture<T>> connect, Duration timeout) throws Exception {
        Semaphore connecting = new Semaphore(AT_ONCE);
        List<CompletableFuture<T>> connections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            connecting.acquire();
            CompletableFuture<T> connection = connect.get();
            connection.whenComplete((open, failure) -> connecting.release());
            connections.add(connection);
        }
        List<T> open = new ArrayList<>();
        try {
            CompletableFuture.allOf(connections.toArray(CompletableFuture[]::new)).get(timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
        } finally {
            connections.stream().filter(c -> c.isDone() && !c.isCompletedExceptionally()).map(CompletableFuture::join)
                    .forEach(open::add);
        }
        return open;
    }
}
