package org.atelier.query.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.atelier.query.InMemoryMongo;
import org.atelier.query.StoppingStore;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

class PendingDocumentsTest {

    private static final String JOURNAL = "journal";

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private MongoTemplate store;
    private StoppingStore stopping;

    record Idea(String id, String clusterId) {
    }

    record Cluster(String id, List<String> ideaIds) {
    }

    @BeforeEach
    void freshStore() {
        store = MONGO.freshDatabase();
        stopping = new StoppingStore(store);
        PendingDocuments before = new PendingDocuments(store).journaledIn(JOURNAL);
        before.put(Idea.class, idea("a", null));
        before.put(Cluster.class, cluster("issues"));
        before.write();
    }

    @Test
    void aWriteStoppedBetweenTwoCollectionsIsMadeWholeWhenTheDocumentsAreNextUsed() {
        aWriteOfTheIdeaPutInTheClusterStoppedAt(store.getCollectionName(Cluster.class));

        assertThat(stored(Idea.class)).as("half made").containsExactly(idea("a", "issues"));
        assertThat(stored(Cluster.class)).as("half made").containsExactly(cluster("issues"));

        PendingDocuments restarted = new PendingDocuments(store).journaledIn(JOURNAL);

        assertThat(restarted.find(Cluster.class, "issues")).isEqualTo(cluster("issues", "a"));
        assertThat(stored(Idea.class)).containsExactly(idea("a", "issues"));
        assertThat(stored(Cluster.class)).containsExactly(cluster("issues", "a"));
        assertThat(store.getCollection(JOURNAL).countDocuments()).isZero();
    }

    @Test
    void aWriteStoppedWhileItsJournalWasWrittenLeavesTheDocumentsAsTheyWere() {
        aWriteOfTheIdeaPutInTheClusterStoppedAt(JOURNAL);

        assertThat(store.getCollection(JOURNAL).countDocuments()).as("all but the mark of completeness").isEqualTo(2);

        PendingDocuments restarted = new PendingDocuments(store).journaledIn(JOURNAL);

        assertThat(restarted.find(Idea.class, "a")).isEqualTo(idea("a", null));
        assertThat(stored(Cluster.class)).containsExactly(cluster("issues"));
        assertThat(store.getCollection(JOURNAL).countDocuments()).isZero();
    }

    @Test
    void aFailedWriteRetriedMakesTheDocumentsOfTheBatchAndOfItsRetry() {
        PendingDocuments pending = aWriteOfTheIdeaPutInTheClusterStoppedAt(store.getCollectionName(Cluster.class));

        pending.discard();
        Document cluster = pending.find(Cluster.class, "issues");
        pending.put(Cluster.class, new Document(cluster).append("ideaIds", List.of("a", "b")));
        pending.put(Idea.class, idea("b", "issues"));
        pending.write();

        assertThat(stored(Idea.class)).containsExactly(idea("a", "issues"), idea("b", "issues"));
        assertThat(stored(Cluster.class)).containsExactly(cluster("issues", "a", "b"));
    }

    /** The network's writer tries a failed write again as it is, the changes still held. */
    @Test
    void aFailedWriteTriedAgainAsItIsMakesItsDocuments() {
        PendingDocuments pending = aWriteOfTheIdeaPutInTheClusterStoppedAt(store.getCollectionName(Cluster.class));

        pending.write();

        assertThat(stored(Idea.class)).containsExactly(idea("a", "issues"));
        assertThat(stored(Cluster.class)).containsExactly(cluster("issues", "a"));
        assertThat(store.getCollection(JOURNAL).countDocuments()).isZero();
    }

    @Test
    void documentsReplacedForgetAWriteLeftHalfMade() {
        PendingDocuments pending = aWriteOfTheIdeaPutInTheClusterStoppedAt(store.getCollectionName(Cluster.class));

        pending.replaced();

        assertThat(pending.find(Cluster.class, "issues")).isEqualTo(cluster("issues"));
        assertThat(store.getCollection(JOURNAL).countDocuments()).isZero();
    }

    @Test
    void removalsAreJournaledBeforeTheDocumentsWrittenAfterThem() {
        PendingDocuments pending = new PendingDocuments(stopping).journaledIn(JOURNAL);
        pending.removeWhereIdStartsWith(Idea.class, "a");
        pending.put(Cluster.class, cluster("issues", "b"));
        pending.put(Idea.class, idea("b", "issues"));
        stopping.stopsAtTheNextWriteOf(store.getCollectionName(Cluster.class));
        assertThatThrownBy(pending::write).hasMessageContaining("Stopped");

        new PendingDocuments(store).journaledIn(JOURNAL).holdAll(Idea.class, List.of("a", "b"));

        assertThat(stored(Idea.class)).containsExactly(idea("b", "issues"));
        assertThat(stored(Cluster.class)).containsExactly(cluster("issues", "b"));
    }

    /** A journaled write of idea "a" put in cluster "issues", stopped at the first write of {@code collection}. */
    private PendingDocuments aWriteOfTheIdeaPutInTheClusterStoppedAt(String collection) {
        PendingDocuments pending = new PendingDocuments(stopping).journaledIn(JOURNAL);
        pending.put(Idea.class, idea("a", "issues"));
        pending.put(Cluster.class, cluster("issues", "a"));
        stopping.stopsAtTheNextWriteOf(collection);
        assertThatThrownBy(pending::write).hasMessageContaining("Stopped");
        return pending;
    }

    private List<Document> stored(Class<?> type) {
        return store.getCollection(store.getCollectionName(type)).find().sort(new Document("_id", 1))
                .into(new ArrayList<>());
    }

    private static Document idea(String id, String clusterId) {
        Document idea = new Document("_id", id);
        return clusterId == null ? idea : idea.append("clusterId", clusterId);
    }

    private static Document cluster(String id, String... ideaIds) {
        return new Document("_id", id).append("ideaIds", List.of(ideaIds));
    }
}
