package org.atelier.query.rebuild;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A database held in memory for the length of a replay, on an in-process server speaking the
 * MongoDB wire protocol on a loopback port: a projection replayed through its own handlers writes
 * there, a few microseconds a write, instead of one durable write per event in the read models'
 * store, and its documents are copied to the rebuild's database once at the end. Only for read
 * models whose documents are few (they are all held in memory): organisations, partnerships.
 */
final class ScratchDatabase implements AutoCloseable {

    private static final int COPY_BATCH = 1000;
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoServer server;
    private final MongoClient client;
    private final SimpleMongoClientDatabaseFactory database;

    ScratchDatabase() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        database = new SimpleMongoClientDatabaseFactory(client, "scratch");
    }

    /** The database a projection replays into, with the same conversions as {@code like}. */
    MongoTemplate template(MongoTemplate like) {
        return new MongoTemplate(database, like.getConverter());
    }

    /**
     * Every document of every collection, into the same collections of {@code target}: each one
     * replaces its copy there, so copying again after more events leaves the target equal to the
     * scratch database (the projections using it never delete a document).
     */
    void copyInto(MongoTemplate target) {
        MongoDatabase scratch = database.getMongoDatabase();
        for (String name : scratch.listCollectionNames()) {
            MongoCollection<Document> into = target.getDb().getCollection(name);
            List<ReplaceOneModel<Document>> batch = new ArrayList<>(COPY_BATCH);
            for (Document document : scratch.getCollection(name).find().batchSize(COPY_BATCH)) {
                batch.add(new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document, UPSERT));
                if (batch.size() == COPY_BATCH) {
                    into.bulkWrite(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                into.bulkWrite(batch);
            }
        }
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
