package org.atelier.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event store's file written one commit at a time, as commands write it, with the settings and
 * the group commit of the embedded default: without compaction it grows by tens of kilobytes a commit; compacted, it
 * holds little more than its rows, which all read back, also while commits go on.
 */
class EventStoreCompactionTest {

    private static final String SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=100;AUTO_COMPACT_FILL_RATE=0;COMPRESS=TRUE;MAX_LENGTH_INPLACE_LOB=16384";
    private static final int EVENTS = 3_000;

    @TempDir
    Path folder;

    @Test
    void compactionBringsAFileWrittenOneCommitAtATimeBackToWhatItHolds() throws Exception {
        DataSource events = store();
        try (Connection keepOpen = events.getConnection()) {
            append(events, 0, EVENTS);
            long grown = fileSize();
            assertThat(grown).as("H2 alone keeps every chunk a commit made obsolete").isGreaterThan(EVENTS * 4_000L);

            EventStoreCompaction compaction = new EventStoreCompaction(events, Duration.ZERO, 0);
            for (int round = 0; round < 50 && compaction.round() > 0; round++) {
                // each round does a bounded part of the work, as the scheduled rounds do
            }

            assertThat(fileSize()).as("compacted from %,d bytes", grown).isLessThan(grown / 8);
            assertThat(compaction.round()).as("a compact file is left alone").isZero();
        }
        assertThat(rows(store())).isEqualTo(EVENTS);
    }

    @Test
    void commitsGoOnWhileTheFileIsCompacted() throws Exception {
        DataSource events = store();
        try (Connection keepOpen = events.getConnection()) {
            append(events, 0, EVENTS);
            AtomicReference<Exception> failed = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    append(events, EVENTS, EVENTS);
                } catch (Exception e) {
                    failed.set(e);
                }
            });
            writer.start();
            EventStoreCompaction compaction = new EventStoreCompaction(events, Duration.ZERO, 0);
            while (writer.isAlive()) {
                compaction.round();
            }
            writer.join();
            assertThat(failed.get()).isNull();
        }
        assertThat(rows(store())).as("reopened, every row committed is there and reads").isEqualTo(2 * EVENTS);
    }

    @Test
    void aSmallFileIsLeftAlone() throws Exception {
        DataSource events = store();
        try (Connection keepOpen = events.getConnection()) {
            append(events, 0, 10);
            assertThat(new EventStoreCompaction(events, Duration.ZERO, 0).round()).isZero();
        }
    }

    @Test
    void underSteadyCommandsNoChunkIsMovedAndAPauseShrinksTheFile() throws Exception {
        DataSource events = store();
        try (Connection keepOpen = events.getConnection()) {
            append(events, 0, EVENTS);
            long grown = fileSize();
            EventStoreCompaction underSteadyCommands = new EventStoreCompaction(events, Duration.ofHours(1), 0);
            assertThat(live(events)).isLessThan(EventStoreCompaction.OVERRUN_PERCENT);
            assertThat(underSteadyCommands.pauseNeeded(live(events), fileSize())).as("overrun: no wait").isZero();
            assertThat(underSteadyCommands.mayStep(live(events), fileSize())).isTrue();
            for (int round = 0; round < 5 && underSteadyCommands.round() > 0; round++) {
                // no pause comes here: nothing is moved, so the file is not closed up
            }
            assertThat(fileSize()).as("no chunk moved while commands come").isGreaterThan(grown / 2);

            EventStoreCompaction afterAPause = new EventStoreCompaction(events, Duration.ofMillis(50), 0);
            Thread.sleep(100);
            assertThat(afterAPause.mayStep(live(events), fileSize())).isTrue();
            for (int round = 0; round < 50 && afterAPause.round() > 0; round++) {
                // in a pause, chunks are moved and the file closed up
            }
            assertThat(fileSize()).as("moved in a pause, from %,d bytes", grown).isLessThan(grown / 8);
            append(events, EVENTS, 1);
            assertThat(afterAPause.mayStep(live(events), fileSize())).as("a command has just committed").isFalse();
        }
    }

    @Test
    void aSparseFileWithLittleDeadSpaceWaitsForAPauseInTheCommands() throws Exception {
        DataSource events = store();
        try (Connection keepOpen = events.getConnection()) {
            append(events, 0, EVENTS);
            assertThat(live(events)).isLessThan(EventStoreCompaction.OVERRUN_PERCENT);
            long dead = fileSize() / 100 * (100 - live(events));

            EventStoreCompaction tolerant = new EventStoreCompaction(events, Duration.ofHours(1), dead * 2);
            EventStoreCompaction strict = new EventStoreCompaction(events, Duration.ofHours(1), dead / 2);

            assertThat(tolerant.pauseNeeded(live(events), fileSize())).isEqualTo(Duration.ofHours(1));
            assertThat(tolerant.mayStep(live(events), fileSize())).isFalse();
            assertThat(tolerant.round()).isZero();
            assertThat(strict.pauseNeeded(live(events), fileSize())).as("overrun: no wait").isZero();
            assertThat(strict.mayStep(live(events), fileSize())).isTrue();
        }
    }

    /** The share of the file that is live, as the compaction sees it. */
    private static int live(DataSource events) throws SQLException {
        try (Connection connection = events.getConnection()) {
            return EventStoreCompaction.live(EmbeddedH2.storeOf(connection));
        }
    }

    private DataSource store() throws SQLException {
        JdbcDataSource events = new JdbcDataSource();
        events.setURL("jdbc:h2:file:" + folder.resolve("events") + SETTINGS);
        events.setUser("atelier");
        try (Connection connection = events.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    create table if not exists domain_event_entry (global_index bigint primary key,
                      aggregate_identifier varchar(255) not null, sequence_number bigint not null, payload blob not null,
                      unique (aggregate_identifier, sequence_number))""");
        }
        return new GroupCommittingDataSource(events);
    }

    /** One event a commit, a few workshops interleaved, payloads of the size of an idea's. */
    private static void append(DataSource events, int from, int count) throws SQLException {
        try (Connection connection = events.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into domain_event_entry values (?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = from; i < from + count; i++) {
                insert.setLong(1, i);
                insert.setString(2, "workshop-" + i % 6);
                insert.setLong(3, i / 6);
                insert.setBytes(4, ("{\"ideaId\":\"" + UUID.randomUUID() + "\",\"text\":\"" + "Une idée. ".repeat(40) + "\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                insert.executeUpdate();
                connection.commit();
            }
        }
    }

    private long rows(DataSource events) throws SQLException {
        try (Connection connection = events.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*), sum(octet_length(payload)) from domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long fileSize() throws java.io.IOException {
        return Files.size(folder.resolve("events.mv.db"));
    }
}
