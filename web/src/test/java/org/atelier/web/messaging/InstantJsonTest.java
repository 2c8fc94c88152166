package org.atelier.web.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;

/** Every JSON value gives what Jackson's own deserializer of instants gives: the same instant, or an error. */
class InstantJsonTest {

    private final ObjectMapper ours = mapper(true);
    private final ObjectMapper jacksons = mapper(false);

    @Test
    void theApplicationsMapperReadsInstantsWithIt() throws Exception {
        DefaultDeserializationContext context = ((DefaultDeserializationContext) ours.getDeserializationContext())
                .createInstance(ours.getDeserializationConfig(), null, null);

        assertThat(context.findRootValueDeserializer(ours.constructType(Instant.class)))
                .isInstanceOf(InstantJson.UtcInstantDeserializer.class);
    }

    @Test
    void everyInstantWrittenIsReadAsJacksonReadsIt() {
        SplittableRandom random = new SplittableRandom(7);
        long from = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            int nanos = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            String json = '"' + Instant.ofEpochSecond(random.nextLong(from, to), nanos).toString() + '"';

            assertThat(outcome(ours, json)).as(json).isEqualTo(outcome(jacksons, json)).doesNotStartWith("error");
        }
    }

    @Test
    void otherFormsAndMistakesGiveWhatJacksonGives() {
        for (String json : new String[] {"\"2026-12-06T00:22:44Z\"", "\"2026-12-06T00:22:44.5Z\"",
                "\"2026-12-06T00:22:44.123456789Z\"", "\"2024-02-29T23:59:59.999Z\"", "\"+10000-01-01T00:00:00Z\"",
                "\"2026-12-06t00:22:44.752z\"", "\"2026-12-06T01:22:44.752+01:00\"", "\"2026-12-06T23:59:60Z\"",
                "\"2026-02-30T00:00:00Z\"", "\"2026-12-06T24:00:00Z\"", "\" 2026-12-06T00:22:44Z \"",
                "\"2026-12-06T00:22:44.1234567890Z\"", "\"\"", "\"nonsense\"", "1733444564", "1733444564.752",
                "-1.5", "null", "true", "[]", "{}"}) {
            assertThat(outcome(ours, json)).as(json).isEqualTo(outcome(jacksons, json));
        }
    }

    private static String outcome(ObjectMapper mapper, String json) {
        try {
            return String.valueOf(mapper.readValue(json, Instant.class));
        } catch (Exception e) {
            return "error " + e.getClass().getName();
        }
    }

    private static ObjectMapper mapper(boolean withOurs) {
        Jackson2ObjectMapperBuilder builder = Jackson2ObjectMapperBuilder.json();
        if (withOurs) {
            new InstantJson().utcInstantsReadDirectly().customize(builder);
        }
        return builder.build();
    }
}
