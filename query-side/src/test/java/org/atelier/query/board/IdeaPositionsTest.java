package org.atelier.query.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.atelier.query.board.BoardDocument.IdeaEntry;
import org.junit.jupiter.api.Test;

class IdeaPositionsTest {

    private final IdeaPositions positions = new IdeaPositions();
    private final List<IdeaEntry> ideas = new ArrayList<>(List.of(idea("a"), idea("b"), idea("c")));

    @Test
    void findsEachIdeaAndNoOther() {
        assertThat(positions.of(ideas, "a")).isZero();
        assertThat(positions.of(ideas, "c")).isEqualTo(2);
        assertThat(positions.of(ideas, "b")).isEqualTo(1);
        assertThat(positions.of(ideas, "z")).isEqualTo(-1);
    }

    @Test
    void takesInIdeasAddedAtTheEnd() {
        positions.of(ideas, "a");
        ideas.add(idea("d"));

        assertThat(positions.of(ideas, "d")).isEqualTo(3);
        assertThat(positions.of(ideas, "a")).isZero();
    }

    @Test
    void startsAgainWhenAnIdeaIsRemovedOrTheOrderChanges() {
        positions.of(ideas, "c");
        ideas.remove(0);

        assertThat(positions.of(ideas, "c")).isEqualTo(1);
        assertThat(positions.of(ideas, "b")).isZero();
        assertThat(positions.of(ideas, "a")).isEqualTo(-1);

        ideas.add(idea("e"));
        ideas.add(0, idea("f"));
        assertThat(positions.of(ideas, "e")).isEqualTo(3);
        assertThat(positions.of(ideas, "b")).isEqualTo(1);
        assertThat(positions.of(ideas, "f")).isZero();
    }

    private static IdeaEntry idea(String id) {
        return new IdeaEntry(id, "Idée " + id, "ada", "org-velo", "CRITIQUE", null, 0, List.of(), null, null);
    }
}
