package org.atelier.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.atelier.query.InMemoryMongo;
import org.atelier.query.rebuild.RebuildStatus.Difference;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.mongodb.client.MongoDatabase;

class ReadModelComparisonTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private MongoDatabase live;
    private MongoDatabase rebuilt;

    @BeforeEach
    void twoDatabasesWithTheSameBoard() {
        live = MONGO.freshDatabase().getDb();
        rebuilt = MONGO.freshDatabase().getDb();
        for (MongoDatabase database : List.of(live, rebuilt)) {
            database.getCollection("boards").insertOne(board("w1", "Chacun dans son coin", 2));
            database.getCollection("boards").insertOne(board("w2", "Pas de local", 0));
        }
    }

    @Test
    void theSameDocumentsAreIdentical() {
        ReadModelComparison comparison = compare();

        assertThat(comparison.identical()).isTrue();
        assertThat(comparison.documentsCompared()).isEqualTo(2);
        assertThat(comparison.differences()).isEmpty();
    }

    @Test
    void aTamperedFieldIsADifferenceNamingItsDocumentAndField() {
        live.getCollection("boards").updateOne(new Document("_id", "w2"),
                new Document("$set", new Document("ideas.0.text", "falsifié")));

        ReadModelComparison comparison = compare();

        assertThat(comparison.identical()).isFalse();
        assertThat(comparison.differences()).containsExactly(
                new Difference("boards", "w2", "ideas[0].text", "falsifié", "Pas de local"));
    }

    @Test
    void aNumberOfAnotherTypeIsADifference() {
        live.getCollection("boards").replaceOne(new Document("_id", "w1"),
                board("w1", "Chacun dans son coin", 2).append("version", 7));

        assertThat(compare().differences()).containsExactly(
                new Difference("boards", "w1", "version", "7 (Integer)", "7 (Long)"));
    }

    @Test
    void aMissingOrAnExtraDocumentIsADifference() {
        live.getCollection("boards").deleteOne(new Document("_id", "w1"));
        live.getCollection("boards").insertOne(board("w3", "Hors programme", 0));

        ReadModelComparison comparison = compare();

        assertThat(comparison.identical()).isFalse();
        assertThat(comparison.differences()).extracting(Difference::documentId, Difference::live, Difference::rebuilt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("w1", "missing", "present"),
                        org.assertj.core.groups.Tuple.tuple("w3", "present", "missing"));
        assertThat(comparison.differingOrMissing()).containsEntry("boards", List.of("w1"));
        assertThat(comparison.extra()).containsEntry("boards", List.of("w3"));
    }

    @Test
    void theOrderOfKeysInADocumentDoesNotMatter() {
        live.getCollection("boards").deleteOne(new Document("_id", "w1"));
        Document reordered = new Document("version", 7L).append("ideas", board("w1", "Chacun dans son coin", 2)
                .get("ideas")).append("_id", "w1");
        live.getCollection("boards").insertOne(reordered);

        assertThat(compare().identical()).isTrue();
    }

    private ReadModelComparison compare() {
        return ReadModelComparison.of(live, rebuilt, List.of("boards"), 10);
    }

    private static Document board(String id, String text, int votes) {
        return new Document("_id", id)
                .append("ideas", List.of(new Document("ideaId", "i1").append("text", text).append("votes", votes)))
                .append("version", 7L);
    }
}
