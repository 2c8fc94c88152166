package org.atelier.command.workshop;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether a key is in a table of removals written in the removal's transaction, asked once a
 * request: one indexed JDBC query (a JPA session and its look-up cost a profile of the write path
 * 4 % of its request threads), and a removal once seen remembered, since a removal is never undone.
 */
final class RemovalLookup {

    private final JdbcTemplate jdbc;
    private final String query;
    private final Set<String> seenRemoved = ConcurrentHashMap.newKeySet();

    /** @param query selects a row of the table by its key, the one parameter */
    RemovalLookup(JdbcTemplate jdbc, String query) {
        this.jdbc = jdbc;
        this.query = query;
    }

    boolean isRemoved(String key) {
        if (seenRemoved.contains(key)) {
            return true;
        }
        boolean removed = !jdbc.queryForList(query, Integer.class, key).isEmpty();
        if (removed) {
            seenRemoved.add(key);
        }
        return removed;
    }
}
