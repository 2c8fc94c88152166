package org.atelier.query.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.atelier.query.InMemoryMongo;
import org.atelier.query.board.BoardDocument.IdeaEntry;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

class OpenBoardsTest {

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private final MongoTemplate mongo = MONGO.freshDatabase();

    @Test
    void boardsBiggerTogetherThanABulkAreEachWrittenWithTheVersionTheyHave() {
        OpenBoards boards = new OpenBoards(100, 3);
        changed(boards, "one", 2, 4);
        changed(boards, "two", 2, 7);
        changed(boards, "three", 5, 9);
        changed(boards, "four", 1, 2);

        boards.writeBehind(mongo);

        assertThat(mongo.findAll(BoardDocument.class)).extracting(BoardDocument::getWorkshopId,
                BoardDocument::getVersion, board -> board.getIdeas().size())
                .containsExactlyInAnyOrder(Tuple.tuple("one", 4L, 2),
                        Tuple.tuple("two", 7L, 2),
                        Tuple.tuple("three", 9L, 5),
                        Tuple.tuple("four", 2L, 1));
        assertThat(boards.anyUnwritten()).isFalse();
    }

    @Test
    void onlyTheBoardsChangedSinceTheLastWriteAreWrittenAgain() {
        OpenBoards boards = new OpenBoards(100, 3);
        changed(boards, "one", 2, 4);
        changed(boards, "two", 2, 7);
        boards.writeBehind(mongo);
        mongo.dropCollection(BoardDocument.class);

        changed(boards, "two", 3, 8);
        boards.writeBehind(mongo);

        assertThat(mongo.findAll(BoardDocument.class)).extracting(BoardDocument::getWorkshopId,
                BoardDocument::getVersion).containsExactly(Tuple.tuple("two", 8L));
    }

    private static void changed(OpenBoards boards, String workshopId, int ideas, long version) {
        OpenBoards.Held held = boards.take(workshopId, id -> null);
        synchronized (held) {
            held.board().setWorkshopId(workshopId);
            held.board().setIdeas(IntStream.range(0, ideas).mapToObj(OpenBoardsTest::idea).toList());
            held.board().setVersion(version);
            held.changed();
        }
    }

    private static IdeaEntry idea(int number) {
        return new IdeaEntry("idea-" + number, "Idée " + number, "ada", "org-velo", "CRITIQUE", null, 0, List.of(),
                Instant.parse("2026-12-05T09:00:00Z"), null);
    }
}
