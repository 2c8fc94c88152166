package org.atelier.query.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.atelier.query.InMemoryMongo;
import org.atelier.query.board.WorkshopView.ParticipantView;
import org.atelier.query.board.WorkshopView.SessionView;
import org.atelier.shared.workshop.FindBoard;
import org.atelier.shared.workshop.FindBoardVersion;
import org.atelier.shared.workshop.FindWorkshop;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

class BoardQueriesTest {

    private final OpenBoards openBoards = new OpenBoards(100);

    private static final WorkshopId UNKNOWN = new WorkshopId("no-such-workshop");

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private BoardProjection projection;
    private BoardQueries queries;

    @BeforeEach
    void freshReadModel() {
        MongoTemplate mongo = MONGO.freshDatabase();
        projection = WorkshopStream.projection(mongo, SimpleQueryUpdateEmitter.builder().build(), WorkshopStream.noHistory(mongo), openBoards);
        queries = new BoardQueries(new Boards(openBoards, mongo));
    }

    @Test
    void theBoardVersionOfAnUnknownWorkshopIsZero() {
        assertThat(queries.handle(new FindBoardVersion(UNKNOWN))).isZero();
    }

    @Test
    void anUnknownWorkshopHasNoBoard() {
        assertThat(queries.handle(new FindBoard(UNKNOWN))).isNull();
    }

    @Test
    void anUnknownWorkshopHasNoSummary() {
        assertThat(queries.handle(new FindWorkshop(UNKNOWN))).isNull();
    }

    @Test
    void theSummaryShowsWhatTheWorkshopWasScheduledWithAndWhoJoined() {
        WorkshopStream workshop = new WorkshopStream("workshop-1");
        deliver(workshop.scheduled(), workshop.participantJoined("ada", "Ada", "org-velo"));

        assertThat(queries.handle(new FindWorkshop(workshop.id()))).isEqualTo(new WorkshopView("workshop-1",
                "Getting around the valley", "Mobility", "Territoire 2026", "PREPARATION", null,
                List.of(new ParticipantView("ada", "Ada", "org-velo")),
                List.of(new SessionView("CRITIQUE", WorkshopStream.START.plusSeconds(3600),
                        WorkshopStream.START.plusSeconds(4 * 3600))),
                5, 0, 2));
    }

    private void deliver(DomainEventMessage<?>... messages) {
        for (DomainEventMessage<?> message : messages) {
            projection.on(message.getPayload(), message);
        }
    }
}
