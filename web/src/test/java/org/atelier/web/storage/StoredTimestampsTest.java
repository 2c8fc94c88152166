package org.atelier.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.atelier.web.messaging.RandomInstants;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

/** Every text gives what Axon's parser gives: the same instant, or an error of the same kind ({@code UtcInstants} read or not). */
class StoredTimestampsTest {

    @Test
    void everyInstantAxonWritesIsReadBackAsAxonReadsIt() {
        for (Instant instant : RandomInstants.of(12, 100_000)) {
            String written = DateTimeUtils.formatInstant(instant);

            assertThat(StoredTimestamps.parse(written)).as(written).isEqualTo(DateTimeUtils.parseInstant(written));
        }
    }

    @Test
    void otherFormsAndMistakesGiveWhatAxonsParserGives() {
        for (String text : new String[] {"2026-12-06T00:22:44Z", "2026-12-06T00:22:44.5Z", "2026-12-06T00:22:44.123456789Z",
                "2024-02-29T23:59:59.999Z", "0001-01-01T00:00:00.000Z", "+10000-01-01T00:00:00.000Z",
                "2026-12-06t00:22:44.752z", "2026-12-06T01:22:44.752+01:00", "2026-12-06T00:22Z",
                "2026-02-30T00:00:00.000Z", "2025-02-29T00:00:00.000Z", "2026-13-01T00:00:00.000Z",
                "2026-12-06T24:00:00.000Z", "2026-12-06T23:60:00.000Z", "2026-12-06T23:59:60.000Z",
                "2026-12-06T00:22:44.1234567890Z", "2026-12-06T00:22:44.Z", "2026-12-06T00:22:44,752Z",
                "2026-12-06 00:22:44.752Z", "2026-1a-06T00:22:44.752Z", "2026-12-06T00:22:44.75aZ", "", "Z"}) {
            assertThat(outcome(() -> StoredTimestamps.parse(text))).as(text)
                    .isEqualTo(outcome(() -> DateTimeUtils.parseInstant(text)));
        }
    }

    private static String outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get().toString();
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }
}
