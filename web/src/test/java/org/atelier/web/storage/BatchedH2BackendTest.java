package org.atelier.web.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** The embedded read-model server answers large reads in batches, as MongoDB does. */
class BatchedH2BackendTest {

    private static final int CONNECTION_THREADS = 32;

    @TempDir
    Path dataDir;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> boards;

    private BatchedH2Backend backend;

    @BeforeEach
    void start() {
        backend = new BatchedH2Backend(dataDir.resolve("read-models.mv").toString());
        server = new MongoServer(backend);
        // A thread for each connection: the server runs a connection's commands on one of its threads,
        // and a read on a connection sharing its thread with a change held at the gate waits behind it.
        server.bind(new InetSocketAddress("127.0.0.1", 0), 1, CONNECTION_THREADS);
        client = MongoClients.create(connectionString());
        boards = client.getDatabase("atelier").getCollection("boards");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private String connectionString() {
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    @Test
    void aReadOfMoreThanOneReplyHoldsComesWholeInBatches() {
        // 300 documents of 200 KB, a board's size: 60 MB, more than the 48 MB a single reply may carry.
        String board = "x".repeat(200 << 10);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            documents.add(new Document("_id", String.format("board-%03d", i)).append("text", board));
        }
        boards.insertMany(documents);

        List<Object> read = new ArrayList<>();
        try (MongoCursor<Document> cursor = boards.find().sort(Sorts.ascending("_id")).iterator()) {
            cursor.forEachRemaining(document -> read.add(document.get("_id")));
        }

        assertThat(read).hasSize(300).first().isEqualTo("board-000");
        assertThat(read).last().isEqualTo("board-299");
    }

    @Test
    void aQueryWithoutABatchSizeGetsMongoDbsFirstBatchAndTheRestByGetMore() {
        insertNumbered(250);

        try (MongoCursor<Document> cursor = boards.find().iterator()) {
            cursor.next();
            assertThat(cursor.available()).isEqualTo(BatchedH2Backend.BATCH - 1);
            int count = 1;
            while (cursor.hasNext()) {
                cursor.next();
                count++;
            }
            assertThat(count).isEqualTo(250);
        }
    }

    @Test
    void aBatchSizeTheCallerGivesIsKept() {
        insertNumbered(30);

        try (MongoCursor<Document> cursor = boards.find().batchSize(7).iterator()) {
            cursor.next();
            assertThat(cursor.available()).isEqualTo(6);
        }
    }

    @Test
    void aChangeWaitsForTheCommitInProgressAndAReadDoesNotNorAConnectionOpening() throws Exception {
        insertNumbered(3);
        CountDownLatch committing = new CountDownLatch(1);
        CountDownLatch commitEnds = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (MongoClient opened = MongoClients.create(connectionString())) {
            Future<?> commit = threads.submit(() -> backend.commands().commit(() -> {
                committing.countDown();
                awaitQuietly(commitEnds);
            }));
            assertThat(committing.await(5, TimeUnit.SECONDS)).isTrue();
            Future<?> change = threads.submit(() -> boards.insertOne(new Document("_id", "during the commit")));
            // The new client's first read opens its connection, whose handshake asks for its last error.
            MongoCollection<Document> read = opened.getDatabase("atelier").getCollection("boards");

            assertThat(read.countDocuments()).isEqualTo(3);
            assertThat(read.find(new Document("_id", "during the commit")).first()).isNull();
            assertThat(change.isDone()).isFalse();
            commitEnds.countDown();

            change.get(5, TimeUnit.SECONDS);
            commit.get(5, TimeUnit.SECONDS);
            assertThat(read.countDocuments()).isEqualTo(4);
        } finally {
            commitEnds.countDown();
            threads.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void olderVersionsOfTheStoreOutliveALongRead() {
        assertThat(backend.getMvStore().getRetentionTime()).isEqualTo(BatchedH2Backend.RETENTION_MILLIS);
    }

    @Test
    void documentsComeBackWithTheirValuesAndTypes() {
        Document written = new Document("_id", "w-1").append("count", 3).append("big", 3L).append("ratio", 0.5)
                .append("at", java.util.Date.from(java.time.Instant.parse("2026-05-04T10:15:30.123Z")))
                .append("ideas", List.of(new Document("ideaId", "a").append("votes", List.of(1, 2))))
                .append("none", null);
        boards.insertOne(written);
        boards.updateOne(new Document("_id", "w-1"), new Document("$inc", new Document("count", 1)));

        Document read = boards.find(new Document("_id", "w-1")).first();

        assertThat(read).isEqualTo(written.append("count", 4));
        assertThat(read.get("big")).isInstanceOf(Long.class);
    }

    @Test
    void aFileWrittenBeforeItsDataTypesIsReadAndItsIndexesStillFindEveryDocumentAndRefuseDuplicates() {
        stop();
        String file = dataDir.resolve("earlier.mv").toString();
        MongoServer earlier = new MongoServer(new H2Backend(file));
        earlier.bind("127.0.0.1", 0);
        List<String> ids = new ArrayList<>();
        try (MongoClient writer = MongoClients.create("mongodb://127.0.0.1:" + earlier.getLocalAddress().getPort())) {
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                String id = java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) i, (byte) (i >> 8)}).toString();
                ids.add(id);
                documents.add(new Document("_id", id).append("n", i));
            }
            writer.getDatabase("atelier").getCollection("links").insertMany(documents);
        }
        earlier.shutdownNow();

        backend = new BatchedH2Backend(file);
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        MongoCollection<Document> links = client.getDatabase("atelier").getCollection("links");

        for (int i = 0; i < ids.size(); i++) {
            assertThat(links.find(new Document("_id", ids.get(i))).first()).as(ids.get(i)).isNotNull()
                    .extracting(document -> document.get("n")).isEqualTo(i);
        }
        assertThat(links.find(new Document("_id", new Document("$in", ids.subList(10, 30)))).into(new ArrayList<>()))
                .hasSize(20);
        assertThatThrownBy(() -> links.insertOne(new Document("_id", ids.get(7))))
                .isInstanceOf(MongoWriteException.class)
                .satisfies(duplicate -> assertThat(((MongoWriteException) duplicate).getCode()).isEqualTo(11000));
        links.insertOne(new Document("_id", "new").append("n", -1));
        assertThat(links.countDocuments()).isEqualTo(501);
    }

    @Test
    void aWriteIsInTheFileWhenItIsAnsweredAndSoIsEverythingWrittenBeforeIt() throws Exception {
        for (int i = 0; i < 50; i++) {
            boards.insertOne(new Document("_id", "board-" + i).append("ideas", i));
        }
        client.getDatabase("atelier").getCollection("tracking_tokens")
                .insertOne(new Document("_id", "board").append("position", 50));

        // What a kill at this moment leaves: the file as it is, with no close to write the rest.
        Path copy = dataDir.resolve("killed-after-token.mv");
        Files.copy(dataDir.resolve("read-models.mv"), copy);
        try (Reopened killed = new Reopened(copy)) {
            assertThat(killed.collection("tracking_tokens").find(new Document("_id", "board")).first())
                    .isNotNull().extracting(token -> token.get("position")).isEqualTo(50);
            assertThat(killed.collection("boards").countDocuments()).isEqualTo(50);
        }
    }

    /**
     * The server changes a stored document in place when it updates it; the file was once written
     * while an update was changing one, and the store closed for good. Writers that add and remove
     * fields, readers, and other writes that write the file, all at once for a while.
     */
    @Test
    void updatesReadsAndWritesOfTheFileAtOnceNeitherFailNorCloseTheStore() throws Exception {
        int documents = 20;
        for (int i = 0; i < documents; i++) {
            boards.insertOne(new Document("_id", "board-" + i).append("version", 0));
        }
        MongoCollection<Document> tokens = client.getDatabase("atelier").getCollection("tracking_tokens");
        long until = System.nanoTime() + 2_000_000_000L;
        List<Callable<Integer>> work = new ArrayList<>();
        for (int writer = 0; writer < 3; writer++) {
            int first = writer;
            work.add(() -> {
                int version = 0;
                while (System.nanoTime() < until) {
                    version++;
                    for (int i = first; i < documents; i += 3) {
                        Document board = new Document("version", version);
                        for (int field = 0; field < 30; field++) {
                            board.append((version % 2 == 0 ? "even-" : "odd-") + field, "idea " + field);
                        }
                        boards.replaceOne(new Document("_id", "board-" + i), board);
                        boards.updateOne(new Document("_id", "board-" + i),
                                new Document("$set", new Document("extra-" + version % 7, version)));
                    }
                }
                return version;
            });
        }
        work.add(() -> {
            int reads = 0;
            while (System.nanoTime() < until) {
                reads += boards.find().into(new ArrayList<>()).size();
            }
            return reads;
        });
        work.add(() -> {
            int position = 0;
            while (System.nanoTime() < until) {
                tokens.replaceOne(new Document("_id", "board"), new Document("position", ++position),
                        new ReplaceOptions().upsert(true));
            }
            return position;
        });
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            for (Future<Integer> done : pool.invokeAll(work)) {
                assertThat(done.get()).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(backend.getMvStore().isClosed()).isFalse();
        assertThat(boards.countDocuments()).isEqualTo(documents);
        stop();
        try (Reopened reopened = new Reopened(dataDir.resolve("read-models.mv"))) {
            assertThat(reopened.collection("boards").find().into(new ArrayList<>()))
                    .hasSize(documents).allSatisfy(board -> assertThat(board.getInteger("version")).isPositive());
        }
        start();
    }

    /** A server on a file, as the application opens it at a start. */
    private static final class Reopened implements AutoCloseable {

        private final MongoServer server;
        private final MongoClient client;

        Reopened(Path file) {
            server = new MongoServer(new BatchedH2Backend(file.toString()));
            client = MongoClients.create(server.bindAndGetConnectionString());
        }

        MongoCollection<Document> collection(String name) {
            return client.getDatabase("atelier").getCollection(name);
        }

        @Override
        public void close() {
            client.close();
            server.shutdownNow();
        }
    }

    private void insertNumbered(int count) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(new Document("_id", i));
        }
        boards.insertMany(documents);
    }
}
