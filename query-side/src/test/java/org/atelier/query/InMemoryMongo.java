package org.atelier.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A MongoDB-wire-protocol server in this process, so that projections go through the real driver
 * and the real Spring Data mapping without a Spring context.
 */
public final class InMemoryMongo implements AutoCloseable {

    private final AtomicInteger databases = new AtomicInteger();
    private final MongoServer server;
    private final MongoClient client;

    private InMemoryMongo(MongoServer server, MongoClient client) {
        this.server = server;
        this.client = client;
    }

    public static InMemoryMongo start() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        return new InMemoryMongo(server, client);
    }

    /** A database that nothing has written to yet, so tests cannot see each other's documents. */
    public MongoTemplate freshDatabase() {
        return new MongoTemplate(client, "atelier-test-" + databases.incrementAndGet());
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
