package org.atelier.query.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BoardWritingTest {

    private static final Duration EVERY = Duration.ofMillis(50);

    @Test
    void smallBoardsAreWrittenEveryInterval() {
        assertThat(BoardWriting.pauseAfter(Duration.ofMillis(1), EVERY)).isEqualTo(EVERY);
        assertThat(BoardWriting.pauseAfter(Duration.ZERO, EVERY)).isEqualTo(EVERY);
    }

    @Test
    void bigBoardsKeepWritingToItsShareOfTheTime() {
        Duration took = Duration.ofMillis(10);
        Duration pause = BoardWriting.pauseAfter(took, EVERY);

        assertThat(pause).isEqualTo(Duration.ofMillis(190));
        double share = (double) took.toNanos() / (took.toNanos() + pause.toNanos());
        assertThat(share).isCloseTo(BoardWriting.WRITING_SHARE, org.assertj.core.data.Offset.offset(1e-9));
    }
}
