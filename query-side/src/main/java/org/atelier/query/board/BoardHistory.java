package org.atelier.query.board;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.atelier.shared.workshop.Audience;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;

/**
 * The board as it was at a past moment, folded straight from the workshop's stream in the event
 * store with the same fold as the live projection.
 */
@Component
public class BoardHistory {

    private final EventStore eventStore;
    private final MongoConverter converter;

    BoardHistory(EventStore eventStore, MongoConverter converter) {
        this.eventStore = eventStore;
        this.converter = converter;
    }

    /**
     * Reads from the first event, never from a snapshot, so every change up to the moment counts.
     *
     * @param at a position (a whole number) or an ISO-8601 instant
     * @throws IllegalArgumentException when {@code at} is neither
     * @throws UnknownWorkshop when the workshop has no history
     */
    public BoardView boardAt(WorkshopId workshopId, String at) {
        return boardAt(workshopId, at, Audience.EVALUATOR, null);
    }

    /** The board at that moment as the audience may see it (private writing and anonymity as they were then). */
    public BoardView boardAt(WorkshopId workshopId, String at, Audience audience, ParticipantId viewer) {
        return BoardView.of(documentAt(workshopId, at), audience, viewer);
    }

    /** The whole board document at that moment, the latest when {@code at} is {@code null}. */
    BoardDocument documentAt(WorkshopId workshopId, String at) {
        Moment moment = at == null ? Moment.LATEST : Moment.parse(at);
        DomainEventStream stream = eventStore.readEvents(workshopId.value(), 0);
        if (!stream.hasNext() || !BoardProjection.WORKSHOP_AGGREGATE.equals(stream.peek().getType())) {
            throw new UnknownWorkshop(workshopId);
        }
        BoardDocument board = new BoardDocument();
        board.setWorkshopId(workshopId.value());
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            long position = event.getSequenceNumber() + 1;
            if (!moment.includes(position, event.getTimestamp())) {
                break;
            }
            BoardFold.apply(board, event.getPayload(), position, event.getTimestamp());
        }
        return asStored(board);
    }

    /**
     * The live board is the board as the read model keeps it (instants to the millisecond, for one):
     * the folded board goes through the same conversion, so that the two are equal.
     */
    private BoardDocument asStored(BoardDocument board) {
        Document stored = new Document();
        converter.write(board, stored);
        return converter.read(BoardDocument.class, stored);
    }

    /** The workshop has no event in the store. */
    public static class UnknownWorkshop extends RuntimeException {
        UnknownWorkshop(WorkshopId workshopId) {
            super("No workshop " + workshopId + ".", null, false, false);
        }
    }

    private record Moment(Long position, Instant instant) {

        static final Moment LATEST = new Moment(Long.MAX_VALUE, null);

        static Moment parse(String at) {
            String value = at.strip();
            if (value.matches("\\d{1,18}")) {
                return new Moment(Long.parseLong(value), null);
            }
            try {
                return new Moment(null, Instant.parse(value));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "at must be a position (a whole number) or an ISO-8601 UTC timestamp such as 2026-03-01T09:30:00Z.");
            }
        }

        boolean includes(long eventPosition, Instant eventTime) {
            return position != null ? eventPosition <= position : !eventTime.isAfter(instant);
        }
    }
}
