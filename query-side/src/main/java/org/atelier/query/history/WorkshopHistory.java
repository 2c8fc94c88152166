package org.atelier.query.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;

import org.atelier.shared.PublicNames;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A workshop's history read straight from its stream in the event store, never from a read model:
 * each event with who, when, the phase and step, its content as stored, and its hash. It reads
 * only that workshop's stream, deserializes only the few events that tell the phase, the step,
 * the participants and the settings, and stops as soon as the caller has what it needs.
 */
@Component
public class WorkshopHistory {

    /** The metadata key under which commands, and so their events, carry who caused them. */
    static final String ACTOR = "actor";
    static final String WORKSHOP_AGGREGATE = "Workshop";
    private static final String PARTICIPANT = "participant";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A checkpoint every so many positions: a page deep in a long history starts from the one before it. */
    static final int CHECKPOINT_EVERY = 256;
    /** How many workshops' facts and checkpoints are kept, the least recently read going first. */
    private static final int KNOWN_WORKSHOPS = 64;

    private final EventStore eventStore;
    private final Serializer eventSerializer;
    private final Map<String, Known> known = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
            return size() > KNOWN_WORKSHOPS;
        }
    });

    WorkshopHistory(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.eventStore = eventStore;
        this.eventSerializer = eventSerializer;
    }

    /** A page of events after {@code after} that pass the filter; {@code next} is null when none is left. */
    public HistoryPage page(WorkshopId workshopId, long after, int limit, HistoryFilter filter) {
        List<HistoryEvent> events = new ArrayList<>();
        Long[] next = {null};
        read(workshopId, after, event -> {
            if (event.position() <= after || !filter.matches(event)) {
                return true;
            }
            if (events.size() == limit) {
                next[0] = events.get(limit - 1).position();
                return false;
            }
            events.add(event);
            return true;
        });
        return new HistoryPage(events, next[0]);
    }

    /** The chain's head at position {@code upTo} (or at the last event, if there are fewer). */
    public Integrity integrity(WorkshopId workshopId, long upTo) {
        HistoryEvent last = lastUpTo(workshopId, upTo - 1, upTo);
        if (last == null && upTo > 0) {
            last = lastUpTo(workshopId, 0, upTo);
        }
        return new Integrity(workshopId.value(), last == null ? 0 : last.position(), HashChain.ALGORITHM,
                last == null ? HashChain.GENESIS : last.hash());
    }

    /** The last event at or before {@code upTo}, reading from the checkpoint at or before {@code after}. */
    private HistoryEvent lastUpTo(WorkshopId workshopId, long after, long upTo) {
        HistoryEvent[] last = {null};
        read(workshopId, after, event -> {
            if (event.position() > upTo) {
                return false;
            }
            last[0] = event;
            return true;
        });
        return last[0];
    }

    /** What the chain of a workshop gives: how many events it covers and the hash of the last. */
    public record Integrity(String workshopId, long events, String algorithm, String head) {
    }

    /**
     * Hands each event, oldest first, to {@code more} until it answers false or the stream ends.
     *
     * @throws UnknownWorkshop when no workshop has this id
     */
    public void read(WorkshopId workshopId, Predicate<HistoryEvent> more) {
        read(workshopId, 0, more);
    }

    /**
     * As {@link #read(WorkshopId, Predicate)}, but the reader needs no event at or before position
     * {@code after}: reading starts from the last checkpoint there, if an earlier read left one.
     */
    private void read(WorkshopId workshopId, long after, Predicate<HistoryEvent> more) {
        Known known = this.known.get(workshopId.value());
        Map.Entry<Long, HistoryFold.Checkpoint> start = known == null ? null : known.checkpoints().floorEntry(after);
        DomainEventStream stream = eventStore.readEvents(workshopId.value(), start == null ? 0 : start.getKey());
        if (start == null && (!stream.hasNext() || !WORKSHOP_AGGREGATE.equals(stream.peek().getType()))) {
            throw new UnknownWorkshop(workshopId);
        }
        if (known == null) {
            known = this.known.computeIfAbsent(workshopId.value(), id -> new Known());
        }
        HistoryFold fold = start == null ? new HistoryFold(known.facts())
                : new HistoryFold(known.facts(), start.getValue());
        HashChain chain = new HashChain(start == null ? HashChain.GENESIS : start.getValue().head());
        while (stream.hasNext()) {
            HistoryEvent event = next(stream.next(), fold, chain);
            if (event.position() % CHECKPOINT_EVERY == 0) {
                known.checkpoints().putIfAbsent(event.position(), fold.checkpoint(event.position(), event.hash()));
            }
            if (!more.test(event)) {
                return;
            }
        }
    }

    /** What earlier reads of a workshop left for the next ones: its facts, and checkpoints along its chain. */
    private record Known(HistoryFold.Facts facts, NavigableMap<Long, HistoryFold.Checkpoint> checkpoints) {

        Known() {
            this(new HistoryFold.Facts(), new ConcurrentSkipListMap<>());
        }
    }

    private HistoryEvent next(DomainEventMessage<?> message, HistoryFold fold, HashChain chain) {
        if (HistoryFold.CASES.handles(message.getPayloadType())) {
            fold.apply(message.getPayload());
        }
        SerializedObject<byte[]> stored = message.serializePayload(eventSerializer, byte[].class);
        JsonNode payload = plain(parse(stored.getData()));
        String type = typeOf(message.getPayloadType(), stored.getType().getName());
        String actor = message.getMetaData().get(ACTOR) instanceof String recorded ? recorded : null;
        String participant = actor != null && actor.startsWith(PARTICIPANT + ":")
                ? actor.substring(PARTICIPANT.length() + 1) : null;
        if (message.getPayloadType() != ParticipantJoined.class && fold.isAnonymous(payload)) {
            fold.leaveOutPersons(payload);
            actor = participant == null ? actor : PARTICIPANT;
        }
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("position", message.getSequenceNumber() + 1);
        line.put("at", message.getTimestamp().toString());
        line.put("type", type);
        line.put("actor", actor);
        line.put("organisationId", participant == null ? null : fold.organisationOf(participant));
        line.put("phase", fold.phase());
        line.put("step", fold.step());
        line.set("payload", payload);
        String previousHash = chain.head();
        String hash = chain.link(line);
        return new HistoryEvent(message.getSequenceNumber() + 1, line.get("at").textValue(), type, actor,
                line.get("organisationId").textValue(), fold.phase(), fold.step(), payload, hash, previousHash);
    }

    private static JsonNode parse(byte[] storedJson) {
        try {
            return JSON.readTree(storedJson);
        } catch (IOException e) {
            throw new UncheckedIOException("An event's stored payload is not JSON", e);
        }
    }

    /** Typed ids, stored as {@code {"value": "..."}}, become their text, as on live messages. */
    static JsonNode plain(JsonNode node) {
        if (node.isObject()) {
            if (node.size() == 1 && node.path("value").isTextual()) {
                return TextNode.valueOf(node.get("value").textValue());
            }
            ObjectNode object = (ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> members = object.fields();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                member.setValue(plain(member.getValue()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, plain(node.get(i)));
            }
        }
        return node;
    }

    /**
     * The event's declared public name. An event whose class is gone can declare nothing: the last
     * part of the type name it was stored under stands for it, as it did when it was published.
     */
    private static String typeOf(Class<?> payloadType, String storedType) {
        return PublicNames.declared(payloadType).orElseGet(() ->
                storedType.substring(Math.max(storedType.lastIndexOf('.'), storedType.lastIndexOf('$')) + 1));
    }

    /** No workshop has this id. */
    public static class UnknownWorkshop extends RuntimeException {
        UnknownWorkshop(WorkshopId workshopId) {
            super("No workshop " + workshopId + ".", null, false, false);
        }
    }
}
