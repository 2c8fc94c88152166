package org.atelier.query.board;

import java.util.List;

import org.atelier.query.batch.BatchEnd;
import org.atelier.query.rebuild.ReadModelReplay;
import org.atelier.query.rebuild.RebuildableReadModel;
import org.atelier.shared.PublicNames;
import org.atelier.shared.workshop.FindBoardVersion;
import org.atelier.shared.workshop.FindWorkshopChanges;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each workshop's board. Every event of a workshop's stream is one change of its board, at
 * position sequence number + 1, folded in order into the board held in memory ({@link OpenBoards}):
 * a change already applied is ignored, so redelivery and replays are harmless, and a board found
 * behind the event it is given (documents lost or dropped while the token went on) is folded again
 * from the workshop's stream up to the event before, so it heals instead of refusing for ever.
 *
 * <p>Once the board has the change, the writers waiting for read-your-writes and the screens
 * following the workshop are told at once, not when the processor's batch ends; the documents are
 * written behind ({@link BoardWriting}), and the token after them.
 */
@Component
@ProcessingGroup(BoardProjection.PROCESSING_GROUP)
class BoardProjection implements RebuildableReadModel {

    private static final Logger LOG = LoggerFactory.getLogger(BoardProjection.class);

    static final String PROCESSING_GROUP = "board";
    static final String WORKSHOP_AGGREGATE = "Workshop";

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updateEmitter;
    private final BoardHistory history;
    private final OpenBoards boards;
    private final BoardWriting writing;
    private final BoardProgress progress;

    BoardProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter, BoardHistory history, OpenBoards boards,
                    BoardWriting writing, BoardProgress progress) {
        this.mongo = mongo;
        this.updateEmitter = updateEmitter;
        this.history = history;
        this.boards = boards;
        this.writing = writing;
        this.progress = progress;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domain) || !WORKSHOP_AGGREGATE.equals(domain.getType())) {
            return;
        }
        String workshopId = domain.getAggregateIdentifier();
        long position = domain.getSequenceNumber() + 1;
        Object stored = StoredPrecision.of(event);
        BoardDocument.PhaseSettingEntry settings;
        boolean keptFromRoom;
        OpenBoards.Held held = boards.take(workshopId, id -> mongo.findById(id, BoardDocument.class));
        synchronized (held) {
            long current = held.board().getVersion();
            if (position <= current) {
                return;
            }
            if (position != current + 1) {
                held.replace(refolded(workshopId, position - 1));
            }
            BoardFold.apply(held.board(), stored, position, StoredPrecision.of(domain.getTimestamp()));
            held.changed();
            settings = RoomPayload.settingsFor(held.board(), stored);
            keptFromRoom = IdeaModeration.keptFromRoom(held.board(), stored);
        }
        if (!BatchEnd.inBatch()) {
            writing.write();
        }
        progress.changed(workshopId);
        emitNow(workshopId, position, stored, settings, keptFromRoom, domain);
    }

    /** The board at {@code position}, folded from the event store, to replace the one behind. */
    private BoardDocument refolded(String workshopId, long position) {
        LOG.warn("The board of {} was behind the event at position {}; folded again from its events", workshopId,
                position + 1);
        return history.documentAt(new WorkshopId(workshopId), String.valueOf(position));
    }

    /**
     * Tells the writers and the screens now. The emitter would hold the updates until the batch's
     * unit of work commits, after the documents are written: it emits at once outside a unit of work.
     */
    private void emitNow(String workshopId, long position, Object event, BoardDocument.PhaseSettingEntry settings,
                         boolean keptFromRoom, DomainEventMessage<?> message) {
        UnitOfWork<?> batch = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get() : null;
        if (batch != null) {
            CurrentUnitOfWork.clear(batch);
        }
        try {
            updateEmitter.emit(FindBoardVersion.class, query -> query.workshopId().value().equals(workshopId), position);
            if (event instanceof Record content) {
                WorkshopChange change = new WorkshopChange(PublicNames.of(content.getClass()), workshopId, position,
                        message.getTimestamp().toString(), keptFromRoom
                        ? IdeaModeration.withheld(RoomPayload.of(content, settings)) : RoomPayload.of(content, settings));
                updateEmitter.emit(FindWorkshopChanges.class, query -> query.workshopId().value().equals(workshopId),
                        change);
            }
        } finally {
            if (batch != null) {
                CurrentUnitOfWork.set(batch);
            }
        }
    }

    @ResetHandler
    void reset() {
        boards.forgetAll();
        mongo.dropCollection(BoardDocument.class);
        progress.changedAll();
    }

    @Override
    public void documentsReplaced() {
        boards.forgetAll();
        progress.changedAll();
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
