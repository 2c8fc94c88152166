package org.atelier.web.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.atelier.shared.workshop.FindBoardVersion;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.Test;

/** The Axon Server profile's watch, over Axon's own query bus: the application's tests run the embedded one. */
class SubscribedBoardWatchTest {

    private static final WorkshopId WORKSHOP = new WorkshopId("workshop-1");

    private final QueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final SimpleQueryBus queryBus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
    private final AtomicLong shownNow = new AtomicLong();
    private final BoardWatch watch = new SubscribedBoardWatch(DefaultQueryGateway.builder().queryBus(queryBus).build());

    SubscribedBoardWatchTest() {
        queryBus.subscribe(FindBoardVersion.class.getName(), Long.class, query -> shownNow.get());
    }

    @Test
    void aPositionShownWhenTheWatchOpensNeedsNoUpdate() {
        shownNow.set(4);

        try (BoardWatch.Watching watching = watch.watch(WORKSHOP)) {
            assertThat(watching.shown(4, Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void theWriterIsReleasedByTheUpdateThatShowsItsPosition() throws Exception {
        try (BoardWatch.Watching watching = watch.watch(WORKSHOP)) {
            CompletableFuture<Boolean> shown = CompletableFuture.supplyAsync(() -> watching.shown(2, Duration.ofSeconds(5)));
            emit(WORKSHOP, 1);
            emit(new WorkshopId("workshop-2"), 2);
            emit(WORKSHOP, 2);

            assertThat(shown.get(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void noUpdateShowingThePositionEndsTheWaitAtItsTimeLimit() {
        try (BoardWatch.Watching watching = watch.watch(WORKSHOP)) {
            emit(WORKSHOP, 1);

            assertThat(watching.shown(2, Duration.ofMillis(100))).isFalse();
        }
    }

    private void emit(WorkshopId workshopId, long version) {
        emitter.emit(FindBoardVersion.class, query -> query.workshopId().equals(workshopId), version);
    }
}
