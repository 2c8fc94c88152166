package org.atelier.query.board;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;


import java.util.List;

import org.atelier.query.rebuild.ReadModelReplay;
import org.atelier.query.rebuild.RebuildableReadModel;
import org.atelier.shared.idea.IdeaEdited;
import org.atelier.shared.workshop.FindBoardVersion;
import org.atelier.shared.workshop.FindWorkshopChanges;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps each workshop's board. Every event of a workshop's stream is one change of its board,
 * at position sequence number + 1, applied strictly in order (every write is conditional on the
 * board being at the previous position): a change already applied is ignored, so redelivery and
 * replays are harmless. A board found behind the event it is given (documents lost or dropped
 * while the token went on) is folded again from the workshop's stream up to the event before, so
 * it heals instead of refusing for ever. After the write it tells the writers waiting for
 * read-your-writes and the screens following the workshop.
 */
@Component
@ProcessingGroup(BoardProjection.PROCESSING_GROUP)
class BoardProjection implements RebuildableReadModel {

    private static final Logger LOG = LoggerFactory.getLogger(BoardProjection.class);

    static final String PROCESSING_GROUP = "board";
    static final String WORKSHOP_AGGREGATE = "Workshop";

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updateEmitter;
    private final BoardUpdates updates;
    private final BoardHistory history;

    BoardProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, BoardHistory history) {
        this.mongo = mongo;
        this.updateEmitter = updateEmitter;
        this.updates = new BoardUpdates(mongo.getConverter());
        this.history = history;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (!WORKSHOP_AGGREGATE.equals(message.getType())) {
            return;
        }
        String workshopId = message.getAggregateIdentifier();
        long position = message.getSequenceNumber() + 1;
        BoardDocument applied = applyInPlace(workshopId, event, position, message);
        if (applied == null) {
            applied = applyByFold(workshopId, event, position, message);
        }
        if (applied == null) {
            return;
        }
        updateEmitter.emit(FindBoardVersion.class, query -> query.workshopId().value().equals(workshopId), position);
        if (event instanceof Record content) {
            WorkshopChange change = new WorkshopChange(content.getClass().getSimpleName(), workshopId, position,
                    message.getTimestamp().toString(), RoomPayload.of(content, settingsFor(applied, event)));
            updateEmitter.emit(FindWorkshopChanges.class, query -> query.workshopId().value().equals(workshopId), change);
        }
    }

    /**
     * The common case: the board is at the previous position and the event changes a few fields.
     * Answers the board after the change with only what the live message needs (the phase
     * settings, and the ideas for an edit), or {@code null} when the update did not apply.
     */
    private BoardDocument applyInPlace(String workshopId, Object event, long position, DomainEventMessage<?> message) {
        return updates.of(event, position, message.getTimestamp())
                .map(inPlace -> {
                    Query next = query(where("_id").is(workshopId).and("version").is(position - 1))
                            .addCriteria(inPlace.condition());
                    next.fields().include("settings");
                    if (event instanceof IdeaEdited) {
                        next.fields().include("ideas");
                    }
                    return mongo.findAndModify(next, inPlace.update(), FindAndModifyOptions.options().returnNew(true),
                            BoardDocument.class);
                })
                .orElse(null);
    }

    /**
     * Everything else: the first event, a change already applied (ignored, so redelivery and
     * replays are harmless), a board behind, or a change the in-place path does not know. Answers
     * the board after the change, or {@code null} when the change was already applied.
     */
    private BoardDocument applyByFold(String workshopId, Object event, long position, DomainEventMessage<?> message) {
        BoardDocument board = mongo.findById(workshopId, BoardDocument.class);
        long current = board == null ? 0 : board.getVersion();
        if (position <= current) {
            return null;
        }
        if (position != current + 1) {
            board = refolded(workshopId, position - 1);
            current = board.getVersion();
        }
        if (board == null) {
            board = new BoardDocument();
        }
        BoardFold.apply(board, event, position, message.getTimestamp());
        save(board, current);
        return board;
    }

    /** The board at {@code position}, folded from the event store and written in place of the one behind. */
    private BoardDocument refolded(String workshopId, long position) {
        BoardDocument board = history.documentAt(new WorkshopId(workshopId), String.valueOf(position));
        LOG.warn("The board of {} was behind the event at position {}; folded again from its events", workshopId,
                position + 1);
        mongo.save(board);
        return board;
    }

    /** The settings of the phase an idea or vote event belongs to, as the board has them after the event. */
    private static BoardDocument.PhaseSettingEntry settingsFor(BoardDocument board, Object event) {
        if (!RoomPayload.dependsOnPhaseSettings(event)) {
            return null;
        }
        String phase = RoomPayload.phaseOf(event);
        if (phase == null && event instanceof IdeaEdited edited) {
            phase = board.getIdeas().stream().filter(idea -> idea.ideaId().equals(edited.ideaId().value()))
                    .map(BoardDocument.IdeaEntry::phase).findFirst().orElse(null);
        }
        return phase == null ? null : board.settingsOf(phase);
    }

    private void save(BoardDocument board, long previousVersion) {
        if (previousVersion == 0) {
            mongo.insert(board);
            return;
        }
        var result = mongo.replace(query(where("_id").is(board.getWorkshopId()).and("version").is(previousVersion)), board);
        if (result.getMatchedCount() != 1) {
            throw new IllegalStateException("The board of " + board.getWorkshopId() + " moved past position "
                    + previousVersion + " while applying the next change");
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(BoardDocument.class);
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public List<String> collections() {
        return List.of(mongo.getCollectionName(BoardDocument.class));
    }

    /** Folds in memory with the same {@link BoardFold}, so a rebuilt board is the live one. */
    @Override
    public ReadModelReplay replayInto(MongoTemplate target) {
        return new BoardReplay(target, BoardReplay.DEFAULT_CACHED_EVENTS);
    }

}
