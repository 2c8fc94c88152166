package org.atelier.web.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.hibernate.Session;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's JPA storage engine, reading the events past a token with gaps through the index.
 *
 * <p>A tracking processor's token remembers the positions that were taken but not yet committed
 * when it read (gaps: concurrent commands commit out of order), and Axon asks for "after the token
 * or in the gaps" with one {@code OR}. H2 answers that by walking the whole event table in index
 * order: measured, 25 ms a read on 200,000 events against 0.3 ms for "after the token" alone, so
 * the one reader all processors share spent most of its time scanning, more as the store grew.
 * The same rows are asked for here with two queries that each use the index, and answered in the
 * same order, at most one batch: the gaps (all before the token's position), then what follows it.
 *
 * <p>On H2 (the embedded default) a command's events are appended with one batched JDBC insert on
 * the transaction's connection instead of one Hibernate entity each: the rows, the global index
 * taken from the same sequence and the exceptions (a duplicate aggregate sequence is still Axon's
 * concurrency error) are those Axon's engine gives, without the session's bookkeeping per event
 * (a sixth of the request threads' time in a profile of the write path). The processors' reads go
 * by JDBC there too, on the same connection, with the same columns in the same order: through
 * Hibernate, reading past a token was most of the time of a processor that handles few of the
 * events (the organisations' while the processors caught up). An aggregate's events are read
 * through the index in its own order ({@link #AGGREGATE_STREAM_QUERY}), on any database.
 *
 * <p>H2 shows a transaction's rows to other readers when it commits, a moment before its commit has
 * written them to the file (the committing thread writes after, in turn with every other commit).
 * A processor that read an event in that moment could write it into its read model, token and all,
 * and a crash before the file had it would leave the read model holding an event the store never
 * had, the next event of its workshop taking its place (the crash bench saw it once in ten cycles:
 * an idea in the network the store did not have, the next one missing). So the events of an append
 * are kept from readers until their transaction's commit is in the file ({@link GroupCommit}): a
 * read stops before the first of them, and reads on from there once it is written.
 */
final class GapIndexedEventStorageEngine extends JpaEventStorageEngine {

    private static final String COLUMNS = "SELECT e.globalIndex, e.type, e.aggregateIdentifier, e.sequenceNumber,"
            + " e.eventIdentifier, e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData FROM ";

    private static final String SELECT = "SELECT global_index, type, aggregate_identifier, sequence_number,"
            + " event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data"
            + " FROM domain_event_entry WHERE ";

    /**
     * An aggregate's events from a sequence number on, a batch at a time. Axon's query orders by
     * the sequence number alone, and H2 then reads the aggregate's every event from there to its
     * last and sorts them, for each batch (EXPLAIN ANALYZE on a workshop of 2,016 events, reading
     * 100 from the 1,500th: 517 rows scanned; from the 100th, 1,917): loading a workshop, or paging
     * through its history, took time in the square of its length. Ordered by both columns of the
     * unique index, H2 walks the index and stops at the batch's end. Through Hibernate, as Axon's:
     * the same query by JDBC made the first command after a restart 0.4 s slower (the crash bench's
     * first write, 553–943 ms against 182–330), for a reason not looked into.
     */
    static final String AGGREGATE_STREAM_QUERY = "SELECT new org.axonframework.eventhandling.GenericDomainEventEntry("
            + "e.type, e.aggregateIdentifier, e.sequenceNumber, e.eventIdentifier, e.timeStamp, e.payloadType,"
            + " e.payloadRevision, e.payload, e.metaData) FROM %s e"
            + " WHERE e.aggregateIdentifier = :id AND e.sequenceNumber >= :seq"
            + " ORDER BY e.aggregateIdentifier ASC, e.sequenceNumber ASC";

    private static final String INSERT = "INSERT INTO domain_event_entry (global_index, event_identifier, meta_data,"
            + " payload, payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
            + " VALUES (NEXT VALUE FOR domain_event_global_index, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Axon's defaults for its JPA engine, which the application never changes: how far a token
     * keeps gaps behind its position, the first position of the store, how long a position left
     * unfilled stays a gap, and how many gaps a token holds before Axon looks for old ones to drop.
     */
    private static final int MAX_GAP_OFFSET = 10_000;
    private static final long LOWEST_GLOBAL_SEQUENCE = 1;
    private static final long GAP_TIMEOUT_MS = 60_000;
    private static final int GAP_CLEANING_THRESHOLD = 250;

    private final TransactionManager transactions;
    private final boolean onEmbeddedH2;
    /**
     * The identifiers of events appended by transactions whose commit is not yet in the file, shared
     * with the readers made by {@link #reader} so that they leave them out too.
     */
    private final Set<String> notYetWritten;

    /** Reads only: appends go through Axon's own code. */
    GapIndexedEventStorageEngine(Builder builder) {
        this(builder, null, false, ConcurrentHashMap.newKeySet());
    }

    /** @param onEmbeddedH2 whether the store is the embedded H2 one, whose table and sequence the statements name */
    GapIndexedEventStorageEngine(Builder builder, TransactionManager transactions, boolean onEmbeddedH2) {
        this(builder, transactions, onEmbeddedH2, ConcurrentHashMap.newKeySet());
    }

    private GapIndexedEventStorageEngine(Builder builder, TransactionManager transactions, boolean onEmbeddedH2,
                                         Set<String> notYetWritten) {
        super(builder);
        this.transactions = transactions;
        this.onEmbeddedH2 = onEmbeddedH2;
        this.notYetWritten = notYetWritten;
    }

    /**
     * A reader of this engine's store with settings of its own (a rebuild's batch size), which leaves
     * out the events this engine has appended and not yet written, as this engine does.
     */
    GapIndexedEventStorageEngine reader(Builder builder, TransactionManager transactions) {
        return new GapIndexedEventStorageEngine(builder, transactions, onEmbeddedH2, notYetWritten);
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (!onEmbeddedH2 || transactions == null || events.isEmpty()) {
            super.appendEvents(events, serializer);
            return;
        }
        transactions.executeInTransaction(() -> {
            keepFromReadersUntilCommitted(events);
            try {
                entityManager().unwrap(Session.class).doWork(connection -> {
                    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                        for (EventMessage<?> event : events) {
                            DomainEventEntry row = (DomainEventEntry) createEventEntity(event, serializer);
                            insert.setString(1, row.getEventIdentifier());
                            insert.setBytes(2, row.getMetaData().getData());
                            insert.setBytes(3, row.getPayload().getData());
                            insert.setString(4, row.getPayload().getType().getRevision());
                            insert.setString(5, row.getPayload().getType().getName());
                            insert.setString(6, DateTimeUtils.formatInstant(event.getTimestamp()));
                            insert.setString(7, row.getAggregateIdentifier());
                            insert.setLong(8, row.getSequenceNumber());
                            insert.setString(9, row.getType());
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                });
            } catch (Exception e) {
                handlePersistenceException(e, events.get(0));
            }
        });
    }

    /**
     * Keeps the events from readers until the transaction that appends them has committed and its
     * commit is in the file ({@link GroupCommit}), or it has rolled back (then no reader sees them anyway).
     */
    private void keepFromReadersUntilCommitted(List<? extends EventMessage<?>> events) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Events are appended outside a transaction that tells when it has committed");
        }
        List<String> identifiers = events.stream().map(EventMessage::getIdentifier).toList();
        notYetWritten.addAll(identifiers);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                GroupCommit.whenWritten(() -> identifiers.forEach(notYetWritten::remove));
            }
        });
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        if (transactions == null) {
            return super.fetchDomainEvents(aggregateIdentifier, firstSequenceNumber, batchSize);
        }
        return transactions.fetchInTransaction(() -> entityManager()
                .createQuery(AGGREGATE_STREAM_QUERY.formatted(domainEventEntryEntityName()), DomainEventData.class)
                .setParameter("id", aggregateIdentifier)
                .setParameter("seq", firstSequenceNumber)
                .setMaxResults(batchSize)
                .getResultList().stream().<DomainEventData<?>>map(event -> event).toList());
    }

    /**
     * The events past {@code lastToken}, each with its token, as Axon's engine gives them, each
     * timestamp parsed once ({@link StoredTimestamps}): Axon parses it to decide whether the event may
     * leave gaps behind it, and again for the message. The tokens are Axon's: the first event read
     * without a token leaves the positions before it as gaps if it is recent; every later one advances
     * the token, and an event older than the gaps' timeout ends the gaps before it. A token holding
     * more gaps than Axon's cleaning threshold goes to Axon's own method, which first drops its old
     * gaps (rare: the store has to have left that many positions unfilled within a minute).
     */
    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        if (!tracksItself(lastToken)) {
            return super.fetchTrackedEvents(lastToken, batchSize);
        }
        GapAwareTrackingToken from = (GapAwareTrackingToken) lastToken;
        List<Object[]> rows = transactions.fetchInTransaction(() -> fetchEvents(from));
        GapAwareTrackingToken token = from;
        List<TrackedEventData<?>> tracked = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long position = (Long) row[0];
            ParsedTimestampEntry event = new ParsedTimestampEntry(row);
            boolean mayLeaveGaps = event.getTimestamp().isAfter(gapsTimedOutBefore());
            if (token == null) {
                token = GapAwareTrackingToken.newInstance(position, mayLeaveGaps
                        ? LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, position), position).boxed()
                                .collect(Collectors.toCollection(TreeSet::new))
                        : Collections.emptySortedSet());
            } else {
                token = token.advanceTo(position, MAX_GAP_OFFSET);
                if (!mayLeaveGaps) {
                    token = token.withGapsTruncatedAt(position);
                }
            }
            tracked.add(new TrackedDomainEventData<>(token, event));
        }
        return tracked;
    }

    /** On H2, from no token or from one whose gaps Axon would not clean first. */
    private boolean tracksItself(TrackingToken lastToken) {
        return onEmbeddedH2 && transactions != null && (lastToken == null
                || lastToken instanceof GapAwareTrackingToken gapAware && gapAware.getGaps().size() <= GAP_CLEANING_THRESHOLD);
    }

    private static Instant gapsTimedOutBefore() {
        return GenericEventMessage.clock.instant().minusMillis(GAP_TIMEOUT_MS);
    }

    /**
     * A row as Axon's engine reads it into an entry (an event of no aggregate has its own identifier
     * as aggregate's), with its timestamp parsed once.
     */
    private static final class ParsedTimestampEntry extends GenericDomainEventEntry<Object> {

        private final Instant timestamp;

        ParsedTimestampEntry(Object[] row) {
            super((String) row[1], row[4].equals(row[2]) ? null : (String) row[2], (Long) row[3], (String) row[4],
                    row[5], (String) row[6], (String) row[7], row[8], row[9]);
            this.timestamp = StoredTimestamps.parse((String) row[5]);
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }
    }

    @Override
    protected List<Object[]> fetchEvents(GapAwareTrackingToken token) {
        List<Object[]> rows = readPast(token);
        if (!notYetWritten.isEmpty()) {
            // The read stops before the first event not yet written; what follows it is read again
            // next time. Leaving out that one alone would let a later event of its workshop through
            // if that one were written in the meantime (between two checks of this loop), and the
            // later would be handled first.
            for (int i = 0; i < rows.size(); i++) {
                if (notYetWritten.contains((String) rows.get(i)[4])) {
                    return new ArrayList<>(rows.subList(0, i));
                }
            }
        }
        return rows;
    }

    private List<Object[]> readPast(GapAwareTrackingToken token) {
        List<Object[]> after = after(token == null ? -1 : token.getIndex());
        if (token == null || token.getGaps().isEmpty()) {
            return after;
        }
        // What follows the position is read first, then the gaps: each query sees what was committed
        // when it began. An event read past the position was committed after every earlier event of
        // its workshop (one command at a time per workshop), so a gap holding one of those is seen by
        // the second query. In the other order a gap could be committed between the two queries
        // together with the next event of its workshop, and that event would come first.
        List<Object[]> rows = inGaps(token.getGaps());
        rows.addAll(after.subList(0, Math.min(after.size(), batchSize() - rows.size())));
        return rows;
    }

    /** At most one batch of the events after {@code position}, in order. */
    private List<Object[]> after(long position) {
        if (onEmbeddedH2) {
            return byJdbc(SELECT + "global_index > ? ORDER BY global_index ASC LIMIT ?", List.of(position));
        }
        return new ArrayList<>(entityManager()
                .createQuery(COLUMNS + domainEventEntryEntityName()
                        + " e WHERE e.globalIndex > :token ORDER BY e.globalIndex ASC", Object[].class)
                .setParameter("token", position)
                .setMaxResults(batchSize())
                .getResultList());
    }

    /** At most one batch of the events in {@code gaps}, in order. */
    private List<Object[]> inGaps(Collection<Long> gaps) {
        if (onEmbeddedH2) {
            return byJdbc(SELECT + "global_index IN (" + String.join(",", Collections.nCopies(gaps.size(), "?"))
                    + ") ORDER BY global_index ASC LIMIT ?", List.copyOf(gaps));
        }
        return new ArrayList<>(entityManager()
                .createQuery(COLUMNS + domainEventEntryEntityName()
                        + " e WHERE e.globalIndex IN :gaps ORDER BY e.globalIndex ASC", Object[].class)
                .setParameter("gaps", gaps)
                .setMaxResults(batchSize())
                .getResultList());
    }

    /**
     * A read by JDBC on the transaction's connection, the rows as Axon's query gives them: the
     * statement takes {@code positions}, then the batch size.
     */
    private List<Object[]> byJdbc(String statement, List<Long> positions) {
        return entityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement read = connection.prepareStatement(statement)) {
                int parameter = 1;
                for (long position : positions) {
                    read.setLong(parameter++, position);
                }
                read.setInt(parameter, batchSize());
                return rows(read);
            }
        });
    }

    private static List<Object[]> rows(PreparedStatement read) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet found = read.executeQuery()) {
            while (found.next()) {
                rows.add(new Object[] {found.getLong(1), found.getString(2), found.getString(3), found.getLong(4),
                        found.getString(5), found.getString(6), found.getString(7), found.getString(8),
                        found.getBytes(9), found.getBytes(10)});
            }
        }
        return rows;
    }
}
