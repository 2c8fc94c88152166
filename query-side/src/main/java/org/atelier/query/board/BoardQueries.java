package org.atelier.query.board;

import org.atelier.shared.workshop.FindBoard;
import org.atelier.shared.workshop.FindBoardVersion;
import org.atelier.shared.workshop.FindWorkshop;
import org.atelier.shared.workshop.FindWorkshopChanges;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers board and workshop queries from the board held in memory, else from its document (which
 * then equals it); {@code null} when there is no such workshop.
 */
@Component
class BoardQueries {

    private final Boards boards;

    BoardQueries(Boards boards) {
        this.boards = boards;
    }

    @QueryHandler
    BoardView handle(FindBoard query) {
        return boards.read(query.workshopId(), board -> BoardView.of(board, query.audience(), query.viewer()))
                .orElse(null);
    }

    @QueryHandler
    WorkshopView handle(FindWorkshop query) {
        return boards.read(query.workshopId(), WorkshopView::of).orElse(null);
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
        return boards.version(workshopId);
    }
}
