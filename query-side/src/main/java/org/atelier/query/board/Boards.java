package org.atelier.query.board;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;
import java.util.function.Function;

import org.atelier.shared.workshop.WorkshopId;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** A board as readers get it: the one in memory, else its document. */
@Component
class Boards {

    private final OpenBoards open;
    private final MongoTemplate mongo;

    Boards(OpenBoards open, MongoTemplate mongo) {
        this.open = open;
        this.mongo = mongo;
    }

    /** What {@code reading} makes of the workshop's board, empty when there is no such board. */
    <T> Optional<T> read(WorkshopId workshopId, Function<BoardDocument, T> reading) {
        Optional<Optional<T>> held = open.read(workshopId.value(), board -> Optional.ofNullable(reading.apply(board)));
        if (held.isPresent()) {
            return held.get();
        }
        return Optional.ofNullable(mongo.findById(workshopId.value(), BoardDocument.class)).map(reading);
    }

    /** The position the workshop's board shows, 0 when there is none; only that field is read from a document. */
    long version(WorkshopId workshopId) {
        Optional<Long> held = open.read(workshopId.value(), BoardDocument::getVersion);
        if (held.isPresent()) {
            return held.get();
        }
        Query version = query(where("_id").is(workshopId.value()));
        version.fields().include("version");
        Document stored = mongo.findOne(version, Document.class, mongo.getCollectionName(BoardDocument.class));
        return stored == null ? 0L : stored.get("version", Number.class).longValue();
    }
}
