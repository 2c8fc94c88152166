package org.atelier.query.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;

import org.junit.jupiter.api.Test;

class WritingBehindTest {

    private static final Duration EVERY = Duration.ofMillis(50);

    @Test
    void smallWritesComeEveryInterval() {
        assertThat(WritingBehind.pauseAfter(Duration.ofMillis(1), EVERY)).isEqualTo(EVERY);
        assertThat(WritingBehind.pauseAfter(Duration.ZERO, EVERY)).isEqualTo(EVERY);
    }

    @Test
    void bigWritesKeepToTheirShareOfTheTime() {
        Duration took = Duration.ofMillis(10);
        Duration pause = WritingBehind.pauseAfter(took, EVERY);

        assertThat(pause).isEqualTo(Duration.ofMillis(190));
        double share = (double) took.toNanos() / (took.toNanos() + pause.toNanos());
        assertThat(share).isCloseTo(WritingBehind.WRITING_SHARE, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aTokenStoredWhileNothingIsHeldGoesToTheStoreAtOnce() {
        List<Long> stored = new ArrayList<>();
        WritingBehind writing = new WritingBehind("test", EVERY, recording(stored), () -> false, () -> { });

        writing.tokens().storeToken(new GlobalSequenceTrackingToken(1), "test", 0);

        assertThat(stored).containsExactly(1L);
    }

    @Test
    void aTokenThatCameDuringAWriteWaitsForTheNextOne() {
        List<Long> stored = new ArrayList<>();
        AtomicReference<WritingBehind> writing = new AtomicReference<>();
        writing.set(new WritingBehind("test", EVERY, recording(stored), () -> true,
                () -> writing.get().tokens().storeToken(new GlobalSequenceTrackingToken(2), "test", 0)));
        writing.get().tokens().storeToken(new GlobalSequenceTrackingToken(1), "test", 0);

        writing.get().write();

        assertThat(stored).containsExactly(1L);
    }

    @Test
    void aWaitingTokenIsNotStoredAfterANewerOneWentToTheStoreDuringTheWrite() {
        List<Long> stored = new ArrayList<>();
        AtomicBoolean held = new AtomicBoolean(true);
        AtomicReference<WritingBehind> writing = new AtomicReference<>();
        writing.set(new WritingBehind("test", EVERY, recording(stored), held::get, () -> {
            held.set(false);
            writing.get().tokens().storeToken(new GlobalSequenceTrackingToken(2), "test", 0);
        }));
        writing.get().tokens().storeToken(new GlobalSequenceTrackingToken(1), "test", 0);

        writing.get().write();

        assertThat(stored).containsExactly(2L);
    }

    @Test
    void aWaitingTokenWhoseChangesWereForgottenIsNeverStored() {
        List<Long> stored = new ArrayList<>();
        WritingBehind writing = new WritingBehind("test", EVERY, recording(stored), () -> true, () -> { });
        writing.tokens().storeToken(new GlobalSequenceTrackingToken(1), "test", 0);

        writing.forget();
        writing.write();

        assertThat(stored).isEmpty();
    }

    @Test
    void aClaimReleasedWritesWhatIsHeldAndItsTokenFirst() {
        List<String> done = new ArrayList<>();
        WritingBehind writing = new WritingBehind("test", EVERY, new InMemoryTokenStore() {
            @Override
            public void storeToken(TrackingToken token, String processorName, int segment) {
                done.add("token " + token.position().orElseThrow());
            }

            @Override
            public void releaseClaim(String processorName, int segment) {
                done.add("released");
            }
        }, () -> true, () -> done.add("written"));
        writing.tokens().storeToken(new GlobalSequenceTrackingToken(3), "test", 0);

        writing.tokens().releaseClaim("test", 0);

        assertThat(done).containsExactly("written", "token 3", "released");
    }

    @Test
    void aWriteAskedForComesAtOnceOnTheWritingThread() throws InterruptedException {
        CountDownLatch written = new CountDownLatch(1);
        List<String> threads = new ArrayList<>();
        WritingBehind writing = new WritingBehind("test-writer", Duration.ofHours(1), new InMemoryTokenStore(),
                () -> true, () -> {
                    threads.add(Thread.currentThread().getName());
                    written.countDown();
                });
        writing.start();
        try {
            writing.writeSoon();

            assertThat(written.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(threads).containsExactly("test-writer");
        } finally {
            writing.stop();
        }
    }

    private static InMemoryTokenStore recording(List<Long> stored) {
        return new InMemoryTokenStore() {
            @Override
            public void storeToken(TrackingToken token, String processorName, int segment) {
                stored.add(token.position().orElseThrow());
            }
        };
    }
}
