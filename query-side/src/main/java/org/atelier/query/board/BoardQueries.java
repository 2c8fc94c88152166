package org.atelier.query.board;

import org.atelier.shared.workshop.FindBoard;
import org.atelier.shared.workshop.FindBoardVersion;
import org.atelier.shared.workshop.FindWorkshop;
import org.atelier.shared.workshop.FindWorkshopChanges;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Answers board and workshop queries from the read model; {@code null} when there is no such workshop. */
@Component
class BoardQueries {

    private final MongoTemplate mongo;

    BoardQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    BoardView handle(FindBoard query) {
        BoardDocument board = mongo.findById(query.workshopId().value(), BoardDocument.class);
        return board == null ? null : BoardView.of(board, query.audience(), query.viewer());
    }

    @QueryHandler
    WorkshopView handle(FindWorkshop query) {
        BoardDocument board = mongo.findById(query.workshopId().value(), BoardDocument.class);
        return board == null ? null : WorkshopView.of(board);
    }

    @QueryHandler
    Long handle(FindBoardVersion query) {
        return versionOf(query.workshopId());
    }

    @QueryHandler
    Long handle(FindWorkshopChanges query) {
        return versionOf(query.workshopId());
    }

    private long versionOf(WorkshopId workshopId) {
        BoardDocument board = mongo.findById(workshopId.value(), BoardDocument.class);
        return board == null ? 0L : board.getVersion();
    }
}
