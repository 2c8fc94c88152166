package org.atelier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the embedded event store takes on disk for the events it holds: the size of its H2 file
 * divided by its events, read with the application stopped (H2 locks the file while it runs).
 */
public record EventStoreSize(long fileBytes, long events) {

    public static final String FILE = "events.mv.db";

    public static EventStoreSize of(Path dataDir) throws IOException, SQLException {
        long bytes = Files.size(dataDir.resolve(FILE));
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("events") + ";ACCESS_MODE_DATA=r";
        try (Connection store = DriverManager.getConnection(url, "atelier", "");
             Statement statement = store.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from domain_event_entry")) {
            count.next();
            return new EventStoreSize(bytes, count.getLong(1));
        }
    }

    public double bytesPerEvent() {
        return events == 0 ? 0 : (double) fileBytes / events;
    }
}
