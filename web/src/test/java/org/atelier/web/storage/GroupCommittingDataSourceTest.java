package org.atelier.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit through the event store's connections is in the file when it returns, although H2 is
 * told to write only every minute: the file copied at that moment, as a kill would leave it, holds
 * the row. The same commit straight to H2 is not there yet, which is what this guards against.
 */
class GroupCommittingDataSourceTest {

    private static final String RARE_WRITES = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=60000;AUTO_COMPACT_FILL_RATE=0";

    @TempDir
    Path folder;

    @Test
    void aCommittedRowIsInTheFileWhenTheCommitReturns() throws Exception {
        JdbcDataSource h2 = store();
        try (Connection keepOpen = h2.getConnection()) {
            insertAndCommit(new GroupCommittingDataSource(h2), 1);

            assertThat(rowsInACopyOfTheFile()).containsExactly(1L);
        }
    }

    @Test
    void aCommandsCommittedRowIsInTheFileWhenTheCommandIsAnswered() throws Exception {
        JdbcDataSource h2 = store();
        DataSource events = new GroupCommittingDataSource(h2);
        try (Connection keepOpen = h2.getConnection()) {
            List<Long> whileTheCommandRan = GroupCommit.afterCommandsOf(() -> {
                try {
                    insertAndCommit(events, 1);
                    return rowsInACopyOfTheFile("while the command ran");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(whileTheCommandRan).as("written after the command, not inside it").isEmpty();
            assertThat(rowsInACopyOfTheFile("when answered")).containsExactly(1L);
        }
    }

    @Test
    void withoutItACommittedRowIsNotInTheFileYet() throws Exception {
        JdbcDataSource h2 = store();
        try (Connection keepOpen = h2.getConnection()) {
            insertAndCommit(h2, 1);

            assertThat(rowsInACopyOfTheFile()).isEmpty();
        }
    }

    @Test
    void concurrentCommitsAreAllInTheFileWhenTheyHaveReturned() throws Exception {
        JdbcDataSource h2 = store();
        DataSource events = new GroupCommittingDataSource(h2);
        try (Connection keepOpen = h2.getConnection()) {
            ExecutorService writers = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < 8; writer++) {
                long first = writer * 100L;
                done.add(writers.submit(() -> {
                    for (long row = first; row < first + 100; row++) {
                        insertAndCommit(events, row);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            writers.shutdown();

            assertThat(rowsInACopyOfTheFile()).hasSize(800);
        }
    }

    private JdbcDataSource store() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.resolve("events") + RARE_WRITES);
        h2.setUser("atelier");
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table domain_event_entry (global_index bigint primary key)");
            statement.execute("checkpoint");
        }
        return h2;
    }

    private static void insertAndCommit(DataSource events, long row) throws SQLException {
        try (Connection connection = events.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into domain_event_entry values (?)")) {
            connection.setAutoCommit(false);
            insert.setLong(1, row);
            insert.executeUpdate();
            connection.commit();
        }
    }

    private List<Long> rowsInACopyOfTheFile() throws Exception {
        return rowsInACopyOfTheFile("after-a-kill");
    }

    private List<Long> rowsInACopyOfTheFile(String name) throws Exception {
        Path copy = Files.createDirectories(folder.resolve(name));
        Files.copy(folder.resolve("events.mv.db"), copy.resolve("events.mv.db"));
        JdbcDataSource reopened = new JdbcDataSource();
        reopened.setURL("jdbc:h2:file:" + copy.resolve("events"));
        reopened.setUser("atelier");
        List<Long> rows = new ArrayList<>();
        try (Connection connection = reopened.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select global_index from domain_event_entry order by global_index")) {
            while (result.next()) {
                rows.add(result.getLong(1));
            }
        }
        return rows;
    }
}
