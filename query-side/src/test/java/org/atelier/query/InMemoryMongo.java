package org.atelier.query;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-wire-protocol server in this process for one test class, so that projections go
 * through the real driver and the real Spring Data mapping without a Spring context. Register it
 * with {@code @RegisterExtension static final InMemoryMongo MONGO = new InMemoryMongo();}.
 */
public final class InMemoryMongo implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    private final AtomicInteger databases = new AtomicInteger();
    private MongoServer server;
    private MongoClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Starts the server; for use outside an extension, with try-with-resources. */
    public InMemoryMongo start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        return this;
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
