package org.atelier.bench.throughput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.atelier.bench.Inbox;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The check of one screen finds every way a delivery can go wrong, and passes a right one. */
class ScreenCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long BOARD = 10;

    private final Journal anne = new Journal("r-w0", List.of(Change.posted("r-w0-0"), Change.dotCast("r-w0-pin"),
            Change.moved("r-w0-pin", "c2")), null);
    private final Journal bob = new Journal("r-w1", List.of(Change.posted("r-w1-0"), Change.posted("r-w1-1")), null);

    @Test
    void passesEveryChangeOnceInOrderInterleavedBetweenWriters() {
        ScreenCheck.Findings findings = check(List.of(
                message(9, Change.posted("r-w0-pin")),
                message(11, Change.posted("r-w0-0")), message(12, Change.posted("r-w1-0")),
                message(13, Change.dotCast("r-w0-pin")), message(14, Change.posted("r-w1-1")),
                message(15, Change.moved("r-w0-pin", "c2"))), 15, List.of(anne, bob));

        assertThat(findings.problems()).isEmpty();
        assertThat(findings.applied()).isEqualTo(5);
    }

    @Test
    void findsAPositionThatNeverCame() {
        ScreenCheck.Findings findings = check(List.of(message(11, Change.posted("r-w1-0")),
                message(13, Change.posted("r-w1-1"))), 13, List.of(bob));

        assertThat(findings.gaps()).isEqualTo(1);
        assertThat(findings.intact()).isFalse();
    }

    @Test
    void findsAPositionThatCameTwice() {
        ScreenCheck.Findings findings = check(List.of(message(11, Change.posted("r-w1-0")),
                message(11, Change.posted("r-w1-0")), message(12, Change.posted("r-w1-1"))), 12, List.of(bob));

        assertThat(findings.repeats()).isEqualTo(1);
        assertThat(findings.intact()).isFalse();
    }

    @Test
    void findsTheLastChangesMissingWhenTheStoreHoldsMore() {
        ScreenCheck.Findings findings = check(List.of(message(11, Change.posted("r-w1-0"))), 12, List.of(bob));

        assertThat(findings.gaps()).isEqualTo(1);
        assertThat(findings.missing()).isEqualTo(1);
    }

    @Test
    void findsAWritersChangesInAnotherOrderThanItSentThem() {
        ScreenCheck.Findings findings = check(List.of(message(11, Change.posted("r-w1-1")),
                message(12, Change.posted("r-w1-0"))), 12, List.of(bob));

        assertThat(findings.intact()).isFalse();
        assertThat(findings.missing()).isPositive();
    }

    @Test
    void findsAChangeNoWriterAskedFor() {
        ScreenCheck.Findings findings = check(List.of(message(11, Change.posted("r-w1-0")),
                message(12, Change.posted("r-w1-1")), message(13, Change.posted("someone-else-1"))), 13, List.of(bob));

        assertThat(findings.unexpected()).isEqualTo(1);
        assertThat(findings.intact()).isFalse();
    }

    @Test
    void findsAnAcknowledgedChangeShownWithAnotherContent() {
        ScreenCheck.Findings findings = check(List.of(message(11, Change.posted("r-w0-0")),
                message(12, Change.dotCast("r-w0-pin")), message(13, Change.moved("r-w0-pin", "c1"))), 13,
                List.of(anne));

        assertThat(findings.missing()).isEqualTo(1);
        assertThat(findings.intact()).isFalse();
    }

    @Test
    void acceptsTheUnansweredLastCommandRecordedOrNot() {
        Journal cut = new Journal("r-w1", List.of(Change.posted("r-w1-0")), Change.posted("r-w1-1"));

        assertThat(check(List.of(message(11, Change.posted("r-w1-0"))), 11, List.of(cut)).problems()).isEmpty();
        assertThat(check(List.of(message(11, Change.posted("r-w1-0")), message(12, Change.posted("r-w1-1"))), 12,
                List.of(cut)).problems()).isEmpty();
    }

    private static ScreenCheck.Findings check(List<String> messages, long storeHead, List<Journal> writers) {
        List<Inbox.Arrival> arrivals = new ArrayList<>();
        messages.forEach(message -> arrivals.add(new Inbox.Arrival(System.nanoTime(), message)));
        return ScreenCheck.check("workshop", BOARD, arrivals, writers, storeHead, 0, JSON);
    }

    private static String message(long position, Change change) {
        return JSON.createObjectNode().put("type", change.type()).put("workshopId", "workshop")
                .put("position", position).set("payload", JSON.createObjectNode().put("ideaId", change.ideaId())
                        .put("clusterId", change.clusterId())).toString();
    }
}
