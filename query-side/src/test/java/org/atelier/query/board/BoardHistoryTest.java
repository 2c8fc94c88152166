package org.atelier.query.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.atelier.shared.workshop.Phase.CRITIQUE;
import static org.atelier.shared.workshop.Phase.PREPARATION;
import static org.atelier.shared.workshop.Step.COLLECT;

import java.util.List;

import org.atelier.query.InMemoryMongo;
import org.atelier.query.board.BoardView.IdeaView;
import org.atelier.shared.timer.TimerStarted;
import org.atelier.shared.workshop.FindBoard;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

class BoardHistoryTest {

    private final OpenBoards openBoards = new OpenBoards(100);

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final BoardHistory history = new BoardHistory(eventStore, storedAsMongoKeepsIt());
    private final WorkshopStream workshop = new WorkshopStream("workshop-1");

    private static MongoConverter storedAsMongoKeepsIt() {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }

    @BeforeEach
    void recordedStory() {
        workshop.scheduled();
        workshop.phaseAdvanced(PREPARATION, CRITIQUE, COLLECT);
        workshop.ideaPosted("idea-1", "ada", "org-velo", CRITIQUE, "Too few buses");
        workshop.ideaEdited("idea-1", "Too few buses on Sundays");
        eventStore.publish(workshop.events());
    }

    @AfterEach
    void stopEventStore() {
        eventStore.shutDown();
    }

    @Test
    void atAPositionTheBoardShowsTheChangesUpToThatPositionOnly() {
        BoardView board = history.boardAt(workshop.id(), "3");

        assertThat(board.version()).isEqualTo(3);
        assertThat(board.ideas()).extracting(IdeaView::text).containsExactly("Too few buses");
    }

    @Test
    void atAnInstantTheBoardShowsTheChangesRecordedUntilThen() {
        String halfwayBetweenPositionsTwoAndThree = WorkshopStream.timeOfPosition(2).plusSeconds(30).toString();

        BoardView board = history.boardAt(workshop.id(), halfwayBetweenPositionsTwoAndThree);

        assertThat(board).extracting(BoardView::version, BoardView::phase).containsExactly(2L, "CRITIQUE");
        assertThat(board.ideas()).isEmpty();
    }

    @Test
    void atAnInstantTheBoardIncludesAChangeRecordedAtThatVeryInstant() {
        String whenPositionThreeWasRecorded = WorkshopStream.timeOfPosition(3).toString();

        assertThat(history.boardAt(workshop.id(), whenPositionThreeWasRecorded).version()).isEqualTo(3);
    }

    @Test
    void atTheLatestPositionTheBoardIsTheOneTheLiveProjectionShows() {
        try (InMemoryMongo mongoServer = new InMemoryMongo().start()) {
            var mongo = mongoServer.freshDatabase();
            var projection = WorkshopStream.projection(mongo, SimpleQueryUpdateEmitter.builder().build(), history, openBoards);
            workshop.events().forEach(message -> projection.on(message.getPayload(), message));

            assertThat(history.boardAt(workshop.id(), "4"))
                    .isEqualTo(new BoardQueries(new Boards(openBoards, mongo)).handle(new FindBoard(workshop.id())));
        }
    }

    @Test
    void aTimeFinerThanTheReadModelKeepsIsShownAsTheLiveBoardShowsIt() {
        DomainEventMessage<?> timer = workshop.event(at -> new TimerStarted(workshop.id(), CRITIQUE, COLLECT, 300,
                at.plusSeconds(300).plusNanos(123_456_789), at));
        eventStore.publish(timer);
        try (InMemoryMongo mongoServer = new InMemoryMongo().start()) {
            var mongo = mongoServer.freshDatabase();
            var projection = WorkshopStream.projection(mongo, SimpleQueryUpdateEmitter.builder().build(), history, openBoards);
            workshop.events().forEach(message -> projection.on(message.getPayload(), message));

            assertThat(history.boardAt(workshop.id(), "5"))
                    .isEqualTo(new BoardQueries(new Boards(openBoards, mongo)).handle(new FindBoard(workshop.id())));
        }
    }

    @Test
    void aWorkshopWithNoEventIsUnknown() {
        assertThatExceptionOfType(BoardHistory.UnknownWorkshop.class)
                .isThrownBy(() -> history.boardAt(new WorkshopId("no-such-workshop"), "1"));
    }

    @Test
    void anAtThatIsNeitherAPositionNorAnInstantIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> history.boardAt(workshop.id(), "yesterday"));
    }
}
