package org.atelier.query.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;

class SparingClaimsTest {

    private static final Instant START = Instant.parse("2026-12-04T09:00:00Z");

    private final List<String> written = new ArrayList<>();
    private final MovableClock clock = new MovableClock();
    private final SparingClaims claims = new SparingClaims(new RecordingStore(), Duration.ofSeconds(1), clock);

    @Test
    void aClaimJustWrittenIsNotExtendedAgain() {
        claims.fetchToken("board", 0);
        clock.move(Duration.ofMillis(400));
        claims.extendClaim("board", 0);
        claims.storeToken(new GlobalSequenceTrackingToken(3), "board", 0);
        clock.move(Duration.ofMillis(900));
        claims.extendClaim("board", 0);

        assertThat(written).containsExactly("fetch board/0", "store board/0");
    }

    @Test
    void aClaimLastWrittenASecondAgoIsExtended() {
        claims.fetchToken("board", 0);
        clock.move(Duration.ofSeconds(1));
        claims.extendClaim("board", 0);

        assertThat(written).containsExactly("fetch board/0", "extend board/0");
    }

    @Test
    void eachProcessorsClaimCountsOnItsOwn() {
        claims.fetchToken("board", 0);
        claims.extendClaim("network", 0);

        assertThat(written).containsExactly("fetch board/0", "extend network/0");
    }

    @Test
    void aClaimReleasedAndTakenAgainIsExtendedAtOnce() {
        claims.fetchToken("board", 0);
        claims.releaseClaim("board", 0);
        claims.extendClaim("board", 0);

        assertThat(written).containsExactly("fetch board/0", "release board/0", "extend board/0");
    }

    private final class RecordingStore implements TokenStore {

        @Override
        public void storeToken(TrackingToken token, String processorName, int segment) {
            written.add("store " + processorName + "/" + segment);
        }

        @Override
        public TrackingToken fetchToken(String processorName, int segment) {
            written.add("fetch " + processorName + "/" + segment);
            return null;
        }

        @Override
        public void extendClaim(String processorName, int segment) {
            written.add("extend " + processorName + "/" + segment);
        }

        @Override
        public void releaseClaim(String processorName, int segment) {
            written.add("release " + processorName + "/" + segment);
        }

        @Override
        public int[] fetchSegments(String processorName) {
            return new int[] {0};
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = START;

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
