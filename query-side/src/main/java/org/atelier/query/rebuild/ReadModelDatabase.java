package org.atelier.query.rebuild;

import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

/**
 * The database the read models are in, which a rebuild replaces in one step: the rebuild fills a
 * database of its own while the live read models go on, and switching is one write of the name
 * that says where they are. The processors' tokens, their dead letters and that name stay in the
 * configured database (the base), so a switch moves no token: the rebuilt database is made to
 * stand exactly where the tokens are before it becomes the one in use.
 *
 * <p>Templates built on {@link #factory()} look the database up at every operation, so they follow
 * a switch at once. One instance serves at a time (see the rebuild's limits).
 */
public final class ReadModelDatabase {

    static final String WHERE = "read_model_database";
    private static final String CURRENT = "current";
    private static final String DATABASE = "database";

    private final MongoClient client;
    private final String base;
    private final SimpleMongoClientDatabaseFactory factory;
    private volatile String current;

    public ReadModelDatabase(MongoClient client, String base) {
        this.client = client;
        this.base = base;
        Document where = base().getCollection(WHERE).find(Filters.eq("_id", CURRENT)).first();
        this.current = where == null ? base : where.getString(DATABASE);
        this.factory = new SimpleMongoClientDatabaseFactory(client, base) {
            @Override
            protected String getDefaultDatabaseName() {
                return current;
            }
        };
    }

    /** The database factory of the read models' templates: the database in use at each call. */
    public SimpleMongoClientDatabaseFactory factory() {
        return factory;
    }

    /** Where tokens, dead letters and this factory's own record are kept: never switched. */
    public MongoDatabase base() {
        return client.getDatabase(base);
    }

    /** The name of the database the read models are in now. */
    String current() {
        return current;
    }

    /** A database name no read model uses: the base's name with the next number. */
    String next() {
        int number = current.equals(base) ? 0 : Integer.parseInt(current.substring(base.length() + 1));
        return base + "-" + (number + 1);
    }

    /** Databases of earlier rebuilds that are not in use (left by one that failed or was cut short). */
    List<String> leftovers() {
        return client.listDatabaseNames().into(new java.util.ArrayList<>()).stream()
                .filter(name -> name.startsWith(base + "-") && !name.equals(current))
                .filter(name -> name.substring(base.length() + 1).chars().allMatch(Character::isDigit))
                .toList();
    }

    MongoClient client() {
        return client;
    }

    MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    /**
     * From now on the read models are in {@code database}: one write, in the base, in the journal
     * before it returns (so a rebuild said done stays done whatever stops the process).
     */
    void switchTo(String database) {
        base().getCollection(WHERE).withWriteConcern(WriteConcern.JOURNALED).replaceOne(Filters.eq("_id", CURRENT),
                new Document("_id", CURRENT).append(DATABASE, database), new ReplaceOptions().upsert(true));
        current = database;
    }
}
