package org.atelier.web.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

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

    /** A payload's member (an event's {@code at}) is read with it too, not with a deserializer made for the member. */
    @Test
    void aRecordsInstantIsReadWithIt() throws Exception {
        DefaultDeserializationContext context = ((DefaultDeserializationContext) ours.getDeserializationContext())
                .createInstance(ours.getDeserializationConfig(), null, null);
        com.fasterxml.jackson.databind.deser.BeanDeserializerBase record =
                (com.fasterxml.jackson.databind.deser.BeanDeserializerBase) context.findRootValueDeserializer(
                        ours.constructType(Posted.class));

        assertThat(record.findProperty("at").getValueDeserializer()).isInstanceOf(InstantJson.UtcInstantDeserializer.class);
        assertThat(ours.readValue("{\"text\":\"Une idée\",\"at\":\"2026-12-06T00:22:44.752Z\"}", Posted.class))
                .isEqualTo(new Posted("Une idée", Instant.parse("2026-12-06T00:22:44.752Z")));
    }

    record Posted(String text, Instant at) {
    }

    @Test
    void everyInstantWrittenIsReadAsJacksonReadsIt() {
        for (Instant instant : RandomInstants.of(7, 20_000)) {
            String json = '"' + instant.toString() + '"';

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
