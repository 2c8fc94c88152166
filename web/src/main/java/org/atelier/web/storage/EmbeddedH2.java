package org.atelier.web.storage;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/** The H2 engine behind a connection to the embedded event store: its session, and the store's file. */
final class EmbeddedH2 {

    private EmbeddedH2() {
    }

    static SessionLocal sessionOf(Connection connection) throws SQLException {
        return (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
    }

    static MVStore storeOf(Connection connection) throws SQLException {
        return sessionOf(connection).getDatabase().getStore().getMvStore();
    }
}
