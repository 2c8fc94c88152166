package org.atelier.web.storage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The embedded event store's connections, whose {@code commit()} returns once the commit is in the
 * file ({@link GroupCommit}), or, on a thread sending a command, once the command has returned:
 * every transaction on the event store, whoever runs it (Axon's unit of work, the command-side
 * look-ups), is answered only once written, as with {@code WRITE_DELAY=0}.
 */
final class GroupCommittingDataSource extends DelegatingDataSource implements AutoCloseable {

    private final GroupCommit commits = new GroupCommit();

    GroupCommittingDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return committingTogether(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return committingTogether(super.getConnection(username, password));
    }

    private Connection committingTogether(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "equals" -> proxy == arguments[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "commit" -> {
                        connection.commit();
                        written(connection);
                        yield null;
                    }
                    default -> {
                        try {
                            yield method.invoke(connection, arguments);
                        } catch (InvocationTargetException failure) {
                            throw failure.getCause();
                        }
                    }
                });
    }

    /** Closes the pool underneath, as Spring would have without this wrapper (H2 closes the database with it). */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private void written(Connection connection) throws SQLException {
        try {
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession())
                    .getDatabase().getStore().getMvStore();
            commits.committed(store::commit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted before the commit was written to the event store's file", e);
        }
    }
}
