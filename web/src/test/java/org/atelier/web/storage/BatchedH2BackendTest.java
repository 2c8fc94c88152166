package org.atelier.web.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
import com.mongodb.client.model.Sorts;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** The embedded read-model server answers large reads in batches, as MongoDB does. */
class BatchedH2BackendTest {

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
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        boards = client.getDatabase("atelier").getCollection("boards");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
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

    private void insertNumbered(int count) {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(new Document("_id", i));
        }
        boards.insertMany(documents);
    }
}
