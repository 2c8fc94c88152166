package org.atelier.query.board;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The boards of the workshops being played, held in memory by the board processor: it folds each
 * change into the board here, answers readers and the screens from it at once, and writes the
 * boards it changed to the read-model store behind, once per batch of events and before the
 * batch's token (so a crash loses no board the token has passed: the events after the token are
 * folded again from the written board). Readers never load a board: a board not held here is read
 * from its document, which then equals it (a board leaves memory only once written).
 *
 * <p>A board is changed by one thread at a time (its processor, or a dead letter's retry) and read
 * by many: both hold the board's lock, so a reader sees a board between two changes, never within.
 * Memory is bounded: boards of closed workshops leave once written, and beyond {@code most-kept}
 * the least recently changed written boards leave first.
 */
@Component
class OpenBoards {

    /** The most ideas written in one bulk. */
    static final int IDEAS_PER_BULK = 10_000;

    private final Map<String, Held> boards = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private final int mostKept;
    private final int ideasPerBulk;

    @Autowired
    OpenBoards(@Value("${atelier.boards.most-kept:2000}") int mostKept) {
        this(mostKept, IDEAS_PER_BULK);
    }

    OpenBoards(int mostKept, int ideasPerBulk) {
        this.mostKept = mostKept;
        this.ideasPerBulk = ideasPerBulk;
    }

    /**
     * What {@code reading} makes of the board held here, or empty when it is not held (or not begun:
     * a board taken for an event that could not be folded is no board).
     */
    <T> Optional<T> read(String workshopId, Function<BoardDocument, T> reading) {
        Held held = boards.get(workshopId);
        if (held == null) {
            return Optional.empty();
        }
        synchronized (held) {
            return held.board.getVersion() == 0 ? Optional.empty() : Optional.ofNullable(reading.apply(held.board));
        }
    }

    /** The board to change, from memory or else as {@code stored} gives it (a new board when there is none). */
    Held take(String workshopId, Function<String, BoardDocument> stored) {
        return boards.computeIfAbsent(workshopId, id -> {
            BoardDocument written = stored.apply(id);
            return written == null ? new Held(new BoardDocument(), 0) : new Held(written, written.getVersion());
        });
    }

    /**
     * Writes every board changed since it was last written, each replacing its document whole, in
     * bulks of at most {@code ideasPerBulk} ideas (a bigger board alone), then lets go of those
     * memory should not keep. A bulk's boards are converted, sent, read and stored at once, several
     * copies of each: ten rooms of some 28,000 ideas in one bulk ran a 768 MiB heap out.
     */
    void writeBehind(MongoTemplate store) {
        Bulk bulk = new Bulk(store);
        boolean wrote = false;
        for (Held held : boards.values()) {
            int ideas;
            synchronized (held) {
                if (!held.unwritten()) {
                    continue;
                }
                ideas = held.board.getIdeas().size();
            }
            if (bulk.ideas > 0 && bulk.ideas + ideas > ideasPerBulk) {
                wrote |= bulk.execute();
                bulk = new Bulk(store);
            }
            synchronized (held) {
                bulk.add(held);
            }
        }
        wrote |= bulk.execute();
        if (wrote) {
            letGo();
        }
    }

    /** Whether a board holds changes its document does not have yet. */
    boolean anyUnwritten() {
        for (Held held : boards.values()) {
            synchronized (held) {
                if (held.unwritten()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Forgets every board, written or not: their documents were replaced or dropped under them. */
    void forgetAll() {
        boards.clear();
    }

    int held() {
        return boards.size();
    }

    private void letGo() {
        boards.values().removeIf(held -> held.closed() && !held.unwritten());
        if (boards.size() <= mostKept) {
            return;
        }
        List<Map.Entry<String, Held>> oldestFirst = new ArrayList<>(boards.entrySet());
        oldestFirst.sort(Comparator.comparingLong(entry -> entry.getValue().lastChange));
        for (Map.Entry<String, Held> entry : oldestFirst) {
            if (boards.size() <= mostKept) {
                return;
            }
            if (!entry.getValue().unwritten()) {
                boards.remove(entry.getKey(), entry.getValue());
            }
        }
    }

    /** Boards written together, with the versions written. */
    private static final class Bulk {

        private final BulkOperations operations;
        private final Map<Held, Long> writing = new HashMap<>();
        private int ideas;

        Bulk(MongoTemplate store) {
            this.operations = store.bulkOps(BulkOperations.BulkMode.UNORDERED, BoardDocument.class);
        }

        /** Call while holding the board's lock. */
        void add(Held held) {
            operations.replaceOne(query(where("_id").is(held.board.getWorkshopId())), held.board,
                    FindAndReplaceOptions.options().upsert());
            writing.put(held, held.board.getVersion());
            ideas += held.board.getIdeas().size();
        }

        /** Whether it wrote any board. */
        boolean execute() {
            if (writing.isEmpty()) {
                return false;
            }
            operations.execute();
            writing.forEach((held, version) -> {
                synchronized (held) {
                    held.written = Math.max(held.written, version);
                }
            });
            return true;
        }
    }

    /** One board in memory, with the version its document has. Change it only while holding its lock. */
    final class Held {

        private BoardDocument board;
        private long written;
        private long lastChange;

        private Held(BoardDocument board, long written) {
            this.board = board;
            this.written = written;
        }

        BoardDocument board() {
            return board;
        }

        /** Puts a board folded elsewhere (from the event store) in place of this one. */
        void replace(BoardDocument folded) {
            board = folded;
        }

        void changed() {
            lastChange = changes.incrementAndGet();
        }

        private boolean unwritten() {
            return board.getVersion() > written;
        }

        private boolean closed() {
            return "CLOSED".equals(board.getPhase());
        }
    }
}
