package org.atelier.query.board;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.query.rebuild.ReadModelReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The boards folded again in memory with the live projection's {@link BoardFold}, each written
 * once when it leaves memory rather than once per event. Boards stay in a cache bounded by the
 * events they hold (least recently changed first out, written in bulk on the way out, read back if
 * their workshop goes on), so memory stays bounded whatever the programme's size.
 */
final class BoardReplay implements ReadModelReplay {

    /** A board holds about one entry per event folded into it: the cache's weight. */
    static final long DEFAULT_CACHED_EVENTS = 150_000;
    private static final int WRITE_BATCH = 32;

    private final MongoTemplate target;
    private final long maxCachedEvents;
    private final LinkedHashMap<String, BoardDocument> cache = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, BoardDocument> leaving = new LinkedHashMap<>();
    private final Set<String> written = new HashSet<>();
    private long cachedEvents;

    BoardReplay(MongoTemplate target, long maxCachedEvents) {
        this.target = target;
        this.maxCachedEvents = maxCachedEvents;
    }

    @Override
    public void apply(EventMessage<?> event) {
        if (!(event instanceof DomainEventMessage<?> message)
                || !BoardProjection.WORKSHOP_AGGREGATE.equals(message.getType())) {
            return;
        }
        String workshopId = message.getAggregateIdentifier();
        long position = message.getSequenceNumber() + 1;
        BoardDocument board = board(workshopId);
        if (position <= board.getVersion()) {
            return;
        }
        if (position != board.getVersion() + 1) {
            throw new IllegalStateException("The board of " + workshopId + " is at position " + board.getVersion()
                    + " and cannot apply position " + position + " before the ones in between");
        }
        BoardFold.apply(board, message.getPayload(), position, message.getTimestamp());
        cachedEvents++;
        evictBeyondBound();
    }

    @Override
    public void finish() {
        leaving.putAll(cache);
        cache.clear();
        cachedEvents = 0;
        write();
    }

    private BoardDocument board(String workshopId) {
        BoardDocument board = cache.get(workshopId);
        if (board != null) {
            return board;
        }
        board = leaving.remove(workshopId);
        if (board == null && written.contains(workshopId)) {
            board = target.findById(workshopId, BoardDocument.class);
        }
        if (board == null) {
            board = new BoardDocument();
        }
        cache.put(workshopId, board);
        cachedEvents += board.getVersion();
        return board;
    }

    private void evictBeyondBound() {
        Iterator<Map.Entry<String, BoardDocument>> oldestFirst = cache.entrySet().iterator();
        while (cachedEvents > maxCachedEvents && cache.size() > 1 && oldestFirst.hasNext()) {
            Map.Entry<String, BoardDocument> oldest = oldestFirst.next();
            oldestFirst.remove();
            cachedEvents -= oldest.getValue().getVersion();
            leaving.put(oldest.getKey(), oldest.getValue());
            if (leaving.size() >= WRITE_BATCH) {
                write();
            }
        }
    }

    /** Writes the boards leaving memory in one bulk: new ones inserted, the others replaced. */
    private void write() {
        List<BoardDocument> created = new ArrayList<>();
        BulkOperations replaced = null;
        for (BoardDocument board : leaving.values()) {
            if (written.add(board.getWorkshopId())) {
                created.add(board);
            } else {
                if (replaced == null) {
                    replaced = target.bulkOps(BulkOperations.BulkMode.UNORDERED, BoardDocument.class);
                }
                replaced.replaceOne(query(where("_id").is(board.getWorkshopId())), board,
                        FindAndReplaceOptions.empty());
            }
        }
        if (!created.isEmpty()) {
            target.insert(created, BoardDocument.class);
        }
        if (replaced != null) {
            replaced.execute();
        }
        leaving.clear();
    }
}
