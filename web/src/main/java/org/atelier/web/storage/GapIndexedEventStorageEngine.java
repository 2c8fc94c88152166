package org.atelier.web.storage;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;

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
 */
final class GapIndexedEventStorageEngine extends JpaEventStorageEngine {

    private static final String COLUMNS = "SELECT e.globalIndex, e.type, e.aggregateIdentifier, e.sequenceNumber,"
            + " e.eventIdentifier, e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData FROM ";

    GapIndexedEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected List<Object[]> fetchEvents(GapAwareTrackingToken token) {
        if (token == null || token.getGaps().isEmpty()) {
            return super.fetchEvents(token);
        }
        // What follows the position is read first, then the gaps: each query sees what was committed
        // when it began. An event read past the position was committed after every earlier event of
        // its workshop (one command at a time per workshop), so a gap holding one of those is seen by
        // the second query. In the other order a gap could be committed between the two queries
        // together with the next event of its workshop, and that event would come first.
        List<Object[]> after = entityManager()
                .createQuery(COLUMNS + domainEventEntryEntityName()
                        + " e WHERE e.globalIndex > :token ORDER BY e.globalIndex ASC", Object[].class)
                .setParameter("token", token.getIndex())
                .setMaxResults(batchSize())
                .getResultList();
        List<Object[]> rows = new ArrayList<>(entityManager()
                .createQuery(COLUMNS + domainEventEntryEntityName()
                        + " e WHERE e.globalIndex IN :gaps ORDER BY e.globalIndex ASC", Object[].class)
                .setParameter("gaps", token.getGaps())
                .setMaxResults(batchSize())
                .getResultList());
        rows.addAll(after.subList(0, Math.min(after.size(), batchSize() - rows.size())));
        return rows;
    }
}
