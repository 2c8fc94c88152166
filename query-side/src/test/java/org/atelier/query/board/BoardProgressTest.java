package org.atelier.query.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.atelier.query.InMemoryMongo;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

class BoardProgressTest {

    private static final Duration LONG_ENOUGH = Duration.ofSeconds(10);

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private final OpenBoards openBoards = new OpenBoards(100);
    private final WorkshopStream workshop = new WorkshopStream("workshop-1");
    private final ExecutorService writers = Executors.newCachedThreadPool();
    private MongoTemplate mongo;
    private BoardProgress progress;
    private BoardProjection projection;

    @BeforeEach
    void freshReadModel() {
        mongo = MONGO.freshDatabase();
        progress = new BoardProgress(new Boards(openBoards, mongo));
        projection = new BoardProjection(mongo, SimpleQueryUpdateEmitter.builder().build(),
                WorkshopStream.noHistory(mongo), openBoards,
                new BoardWriting(openBoards, mongo, new InMemoryTokenStore(), Duration.ofMillis(50)), progress);
    }

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    @Test
    void aWriterWaitingForAPositionIsReleasedWhenTheBoardShowsIt() throws Exception {
        deliver(workshop.scheduled());
        CompletableFuture<Boolean> waiting = waitFor(3);
        DomainEventMessage<?> joined = workshop.participantJoined("ada", "Ada", "org-velo");
        DomainEventMessage<?> joinedToo = workshop.participantJoined("bob", "Bob", "org-velo");

        deliver(joined);
        Thread.sleep(50);
        assertThat(waiting).as("the board shows 2 of 3").isNotDone();
        deliver(joinedToo);

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aPositionTheBoardAlreadyShowsNeedsNoWait() throws Exception {
        deliver(workshop.scheduled(), workshop.participantJoined("ada", "Ada", "org-velo"));

        assertThat(progress.awaitShown(workshop.id(), 2, Duration.ZERO)).isTrue();
        assertThat(progress.awaitShown(workshop.id(), 1, Duration.ZERO)).isTrue();
    }

    @Test
    void aBoardThatNeverShowsThePositionEndsTheWaitAtItsTimeLimit() throws Exception {
        deliver(workshop.scheduled());

        long started = System.nanoTime();
        assertThat(progress.awaitShown(workshop.id(), 2, Duration.ofMillis(100))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void aChangeOfAnotherWorkshopReleasesNobody() throws Exception {
        deliver(workshop.scheduled());
        CompletableFuture<Boolean> waiting = waitFor(2);
        WorkshopStream other = new WorkshopStream("workshop-2");

        deliver(other.scheduled(), other.participantJoined("ada", "Ada", "org-velo"));
        Thread.sleep(50);

        assertThat(waiting).isNotDone();
    }

    @Test
    void boardsReadAgainFromReplacedDocumentsReleaseTheirWriters() throws Exception {
        deliver(workshop.scheduled());
        CompletableFuture<Boolean> waiting = waitFor(2);
        mongo.updateFirst(query(where("_id").is("workshop-1")), Update.update("version", 2L), "boards");

        projection.documentsReplaced();

        assertThat(waiting.get(5, TimeUnit.SECONDS)).as("the replaced document shows position 2").isTrue();
    }

    private CompletableFuture<Boolean> waitFor(long position) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return progress.awaitShown(workshop.id(), position, LONG_ENOUGH);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, writers);
    }

    private void deliver(DomainEventMessage<?>... messages) {
        for (DomainEventMessage<?> message : messages) {
            projection.on(message.getPayload(), message);
        }
    }
}
