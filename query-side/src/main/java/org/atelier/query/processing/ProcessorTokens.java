package org.atelier.query.processing;

import java.util.ArrayList;
import java.util.List;

import org.atelier.query.rebuild.ReadModelDatabase;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/**
 * How far each processor has got, read from the token store without claiming anything (Axon's
 * token store only reads a token by claiming it), so any instance can ask while another runs the
 * processor.
 */
@Component
public class ProcessorTokens {

    private final MongoDatabase tokens;
    private final Serializer serializer;

    /** @param serializer the general serializer, the token store's */
    ProcessorTokens(ReadModelDatabase readModels, @Qualifier("serializer") Serializer serializer) {
        this.tokens = readModels.base();
        this.serializer = serializer;
    }

    /** Whether every segment of the processor has handled the events up to {@code position} (a global index). */
    public boolean hasReached(String processingGroup, long position) {
        List<Document> segments = tokens.getCollection(ProcessingConfiguration.TOKENS)
                .find(Filters.eq("processorName", processingGroup)).into(new ArrayList<>());
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
