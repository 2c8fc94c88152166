package org.atelier.query.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;

/**
 * The documents a batch of events changes, held in memory until the batch ends: each is read from
 * the store at most once per batch (its absence too), changed here as often as the batch's events
 * say, and written once, whole, in one bulk per collection ({@link #write()}). A projection changes
 * them as it would have changed the store, so the store ends with the same documents, in far
 * fewer round trips.
 *
 * <p>Nothing is kept after a write: {@link #write()} and {@link #discard()} empty it, so a document
 * changed elsewhere (a rebuild's switch) is read again after them. Most projections write at each
 * batch's end; the network's is written on a timer, its documents held across batches until then.
 * One thread uses it at a time (the network's writer and processor take turns under its lock).
 */
public final class PendingDocuments {

    private final MongoTemplate store;
    /** By collection, then by id: the document as the batch has it, {@code null} when there is none. */
    private final Map<String, Map<Object, Document>> held = new HashMap<>();
    private final Map<String, Set<Object>> changed = new LinkedHashMap<>();
    private final Map<String, Set<String>> removedPrefixes = new LinkedHashMap<>();
    private final Set<String> writtenLast = new LinkedHashSet<>();
    /** By collection: prefixes whose every document is held ({@link #holdAllWhereIdStartsWith}). */
    private final Map<String, Set<String>> wholePrefixes = new HashMap<>();

    public PendingDocuments(MongoTemplate store) {
        this.store = store;
    }

    /**
     * Writes the documents of {@code type} after every other collection: for a projection whose
     * documents of that type record how far it has applied its events, so that a crash between two
     * collections' writes leaves that record behind the other documents, never ahead of them (an
     * event applied again finds its own changes; one skipped would be lost).
     */
    public PendingDocuments writingLast(Class<?> type) {
        writtenLast.add(store.getCollectionName(type));
        return this;
    }

    /** The document with this id as the batch has it, {@code null} when there is none; change it only through {@link #put}. */
    public Document find(Class<?> type, Object id) {
        String collection = store.getCollectionName(type);
        Map<Object, Document> ofCollection = held.computeIfAbsent(collection, name -> new HashMap<>());
        if (ofCollection.containsKey(id)) {
            return ofCollection.get(id);
        }
        Document found = removed(collection, id) || startsWithAny(wholePrefixes, collection, id) ? null
                : store.getCollection(collection).find(Filters.eq("_id", id)).first();
        ofCollection.put(id, found);
        return found;
    }

    /**
     * Reads the documents of {@code type} with these ids in one query, so that {@link #find} has
     * them, or knows them absent, without a round trip each. Those already held are kept.
     */
    public void holdAll(Class<?> type, Collection<?> ids) {
        String collection = store.getCollectionName(type);
        Map<Object, Document> ofCollection = held.computeIfAbsent(collection, name -> new HashMap<>());
        List<Object> unread = ids.stream().filter(id -> !ofCollection.containsKey(id)).distinct()
                .collect(Collectors.toList());
        if (unread.isEmpty()) {
            return;
        }
        unread.forEach(id -> ofCollection.put(id, null));
        store.getCollection(collection).find(Filters.in("_id", unread))
                .forEach(document -> ofCollection.put(document.get("_id"), document));
    }

    /**
     * Reads every document of {@code type} whose id starts with one of {@code prefixes}, in one
     * query: {@link #find} then knows any other id with such a prefix to be absent. For documents
     * keyed under their workshop, a handful per open workshop.
     */
    public void holdAllWhereIdStartsWith(Class<?> type, Collection<String> prefixes) {
        String collection = store.getCollectionName(type);
        List<String> unread = prefixes.stream().distinct()
                .filter(prefix -> !wholePrefixes.getOrDefault(collection, Set.of()).contains(prefix)).toList();
        if (unread.isEmpty()) {
            return;
        }
        Map<Object, Document> ofCollection = held.computeIfAbsent(collection, name -> new HashMap<>());
        store.getCollection(collection)
                .find(Filters.or(unread.stream().map(prefix -> Filters.regex("_id", "^" + Pattern.quote(prefix)))
                        .toList()))
                .forEach(document -> ofCollection.putIfAbsent(document.get("_id"), document));
        wholePrefixes.computeIfAbsent(collection, name -> new HashSet<>()).addAll(unread);
    }

    /** The document with this id, or a new one made of {@code created} (with the id) when there is none. */
    public Document findOrCreate(Class<?> type, Object id, Document created) {
        Document found = find(type, id);
        if (found != null) {
            return found;
        }
        Document made = new Document("_id", id);
        made.putAll(created);
        return made;
    }

    /** The document as it is now, replacing the stored one whole when the batch ends. */
    public void put(Class<?> type, Document document) {
        String collection = store.getCollectionName(type);
        Object id = document.get("_id");
        held.computeIfAbsent(collection, name -> new HashMap<>()).put(id, document);
        changed.computeIfAbsent(collection, name -> new LinkedHashSet<>()).add(id);
    }

    /** Removes every document whose id starts with {@code prefix}, those of this batch too. */
    public void removeWhereIdStartsWith(Class<?> type, String prefix) {
        String collection = store.getCollectionName(type);
        removedPrefixes.computeIfAbsent(collection, name -> new LinkedHashSet<>()).add(prefix);
        held.computeIfAbsent(collection, name -> new HashMap<>()).replaceAll((id, document) ->
                String.valueOf(id).startsWith(prefix) ? null : document);
        changed.computeIfAbsent(collection, name -> new LinkedHashSet<>())
                .removeIf(id -> String.valueOf(id).startsWith(prefix));
    }

    /**
     * Writes what the batch changed: removals first (made before the changes still held), then one
     * bulk per collection. Emptied only once written, so a write that fails is retried whole.
     */
    public void write() {
        removedPrefixes.forEach((collection, prefixes) -> prefixes.forEach(prefix -> store.getCollection(collection)
                .deleteMany(Filters.regex("_id", "^" + Pattern.quote(prefix)))));
        removedPrefixes.clear();
        Set<String> collections = new LinkedHashSet<>(changed.keySet());
        collections.removeAll(writtenLast);
        collections.addAll(writtenLast);
        for (String collection : collections) {
            List<WriteModel<Document>> writes = new ArrayList<>();
            for (Object id : changed.getOrDefault(collection, Set.of())) {
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), held.get(collection).get(id),
                        new ReplaceOptions().upsert(true)));
            }
            if (!writes.isEmpty()) {
                store.getCollection(collection).bulkWrite(writes);
            }
        }
        discard();
    }

    /** Forgets everything held: the batch failed, or the documents were replaced under it. */
    public void discard() {
        held.clear();
        changed.clear();
        removedPrefixes.clear();
        wholePrefixes.clear();
    }

    private boolean removed(String collection, Object id) {
        return startsWithAny(removedPrefixes, collection, id);
    }

    private static boolean startsWithAny(Map<String, Set<String>> prefixes, String collection, Object id) {
        return prefixes.getOrDefault(collection, Set.of()).stream()
                .anyMatch(prefix -> String.valueOf(id).startsWith(prefix));
    }
}
