package org.atelier.query.processing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * How far each processor has got, read from the token store without claiming anything (Axon's
 * token store only reads a token by claiming it), so any instance can ask while another runs the
 * processor.
 */
@Component
public class ProcessorTokens {

    private final MongoTemplate mongo;
    private final Serializer serializer;

    /** @param serializer the general serializer, the token store's */
    ProcessorTokens(MongoTemplate mongo, @Qualifier("serializer") Serializer serializer) {
        this.mongo = mongo;
        this.serializer = serializer;
    }

    /** Whether every segment of the processor has handled the events up to {@code position} (a global index). */
    public boolean hasReached(String processingGroup, long position) {
        List<Document> segments = mongo.find(query(where("processorName").is(processingGroup)), Document.class,
                ProcessingConfiguration.TOKENS);
        return !segments.isEmpty() && segments.stream().allMatch(segment -> {
            TrackingToken token = tokenOf(segment);
            return token != null && token.position().orElse(-1) >= position;
        });
    }

    private TrackingToken tokenOf(Document segment) {
        Binary data = segment.get("token", Binary.class);
        String type = segment.getString("tokenType");
        if (data == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(data.getData(), byte[].class, type, null));
    }
}
