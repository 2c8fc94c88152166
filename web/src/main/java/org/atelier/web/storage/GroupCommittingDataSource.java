package org.atelier.web.storage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.h2.mvstore.MVStore;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The embedded event store's connections, whose {@code commit()} returns once the commit is in the
 * file ({@link GroupCommit}), or, on a thread sending a command, once the command has returned:
 * every transaction on the event store, whoever runs it (Axon's unit of work, the command-side
 * look-ups), is answered only once written, as with {@code WRITE_DELAY=0}. It also tells when the
 * last transaction that changed something committed ({@link #quietFor}), so that the store's
 * upkeep can wait for a pause in the commands.
 */
final class GroupCommittingDataSource extends DelegatingDataSource implements AutoCloseable {

    private final GroupCommit commits = new GroupCommit();
    /** When a transaction that changed something last committed ({@link System#nanoTime()}). */
    private volatile long lastChange = System.nanoTime();

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
                        boolean changed = EmbeddedH2.sessionOf(connection).hasPendingTransaction();
                        connection.commit();
                        if (changed) {
                            lastChange = System.nanoTime();
                        }
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

    /** Whether no transaction that changed something has committed for {@code pause}. */
    boolean quietFor(Duration pause) {
        return System.nanoTime() - lastChange >= pause.toNanos();
    }

    private void written(Connection connection) throws SQLException {
        try {
            MVStore store = EmbeddedH2.storeOf(connection);
            commits.committed(store::commit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted before the commit was written to the event store's file", e);
        }
    }
}
