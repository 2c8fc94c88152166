package org.atelier.web.messaging;

import java.io.IOException;
import java.time.Instant;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

/**
 * Instants in JSON (the events' payloads, the API's bodies) read by {@link UtcInstants} when written
 * as Java writes them in UTC, by Jackson's own deserializer otherwise: the same instants and errors,
 * without Java's ISO formatter for the one form the application writes.
 */
@Configuration(proxyBeanMethods = false)
class InstantJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer utcInstantsReadDirectly() {
        // Registered after the modules (Java time's among them), so this one is asked first.
        return builder -> builder.deserializerByType(Instant.class, new UtcInstantDeserializer());
    }

    static final class UtcInstantDeserializer extends StdScalarDeserializer<Instant> implements ContextualDeserializer {

        private static final InstantDeserializer<Instant> JACKSONS = InstantDeserializer.INSTANT;

        UtcInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                Instant read = UtcInstants.read(parser.getText());
                if (read != null) {
                    return read;
                }
            }
            return JACKSONS.deserialize(parser, context);
        }

        /** A property with a format of its own (none has one today) is read by Jackson's deserializer alone. */
        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> jacksons = JACKSONS.createContextual(context, property);
            return jacksons == JACKSONS ? this : jacksons;
        }
    }
}
