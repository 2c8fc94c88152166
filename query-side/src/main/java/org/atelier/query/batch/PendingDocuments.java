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
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
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
 *
 * <p>A write of several collections is not atomic in the store (MongoDB without transactions): a
 * crash between two bulks leaves some documents at the end of the write and others at its start.
 * For a projection whose events read documents that later events change, that mix is a state no
 * sequence of events makes, and the events applied again on it make other facts than they made
 * the first time. Such a projection writes {@link #journaledIn journaled}: the whole write is
 * first stored in a journal collection, its last document saying it is complete, then made, then
 * the journal removed; the next use after a crash or a failed write makes again a complete
 * journal's write, and forgets an incomplete one (nothing of it was made).
 */
public final class PendingDocuments {

    private final MongoTemplate store;
    /** By collection, then by id: the document as the batch has it, {@code null} when there is none. */
    private final Map<String, Map<Object, Document>> held = new HashMap<>();
    private final Map<String, Set<Object>> changed = new LinkedHashMap<>();
    private final Map<String, Set<String>> removedPrefixes = new LinkedHashMap<>();
    /** By collection: prefixes whose every document is held ({@link #holdAllWhereIdStartsWith}). */
    private final Map<String, Set<String>> wholePrefixes = new HashMap<>();
    private String journal;
    /** Whether no journal can be left: false when created (a crash may have left one) and while a write is under way. */
    private boolean journalSettled;

    public PendingDocuments(MongoTemplate store) {
        this.store = store;
    }

    /**
     * Writes through a journal kept in collection {@code journal}, so that each write is made whole
     * or not at all, whatever stops it (see the class's comment).
     */
    public PendingDocuments journaledIn(String journal) {
        this.journal = journal;
        return this;
    }

    /** The document with this id as the batch has it, {@code null} when there is none; change it only through {@link #put}. */
    public Document find(Class<?> type, Object id) {
        settleJournal();
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
        settleJournal();
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
        settleJournal();
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
        if (journal == null) {
            make(writes());
        } else {
            settleJournal();
            List<Change> writes = writes();
            if (!writes.isEmpty()) {
                // Until this write's journal is gone, a retry or the next use settles it first.
                journalSettled = false;
                journal().insertMany(Change.journal(writes));
                make(writes);
                forgetJournal();
                journalSettled = true;
            }
        }
        discard();
    }

    /**
     * Forgets everything held: the batch failed. A journaled write that failed half made is made
     * whole when this is next used (the write left its journal unsettled).
     */
    public void discard() {
        held.clear();
        changed.clear();
        removedPrefixes.clear();
        wholePrefixes.clear();
    }

    /**
     * Forgets everything held and any journal left: the documents were replaced (a rebuild's switch,
     * a reset), so a write left half made belonged to documents that are gone.
     */
    public void replaced() {
        discard();
        if (journal != null) {
            forgetJournal();
        }
        journalSettled = true;
    }

    /** What {@link #write()} makes, in its order: the removals, then each collection's documents. */
    private List<Change> writes() {
        List<Change> writes = new ArrayList<>();
        removedPrefixes.forEach((collection, prefixes) ->
                prefixes.forEach(prefix -> writes.add(Change.removal(collection, prefix))));
        changed.forEach((collection, ids) ->
                ids.forEach(id -> writes.add(Change.replacement(collection, held.get(collection).get(id)))));
        return writes;
    }

    private void make(List<Change> writes) {
        Map<String, List<WriteModel<Document>>> bulks = new LinkedHashMap<>();
        for (Change change : writes) {
            if (change.removedPrefix() != null) {
                store.getCollection(change.collection())
                        .deleteMany(Filters.regex("_id", "^" + Pattern.quote(change.removedPrefix())));
            } else {
                bulks.computeIfAbsent(change.collection(), name -> new ArrayList<>())
                        .add(new ReplaceOneModel<>(Filters.eq("_id", change.document().get("_id")), change.document(),
                                new ReplaceOptions().upsert(true)));
            }
        }
        bulks.forEach((collection, bulk) -> store.getCollection(collection).bulkWrite(bulk));
    }

    /**
     * Once after it was created or a write failed: a complete journal is a write stopped half made,
     * made whole again; an incomplete one a write stopped before any of it was made.
     */
    private void settleJournal() {
        if (journal == null || journalSettled) {
            return;
        }
        if (journal().find().first() != null) {
            if (journal().find(Change.COMPLETE).first() != null) {
                List<Change> left = new ArrayList<>();
                journal().find(Filters.ne("_id", Change.COMPLETE_ID)).sort(new Document("_id", 1))
                        .forEach(entry -> left.add(Change.of(entry)));
                make(left);
            }
            forgetJournal();
        }
        journalSettled = true;
    }

    /** The mark of completeness first, so that a journal half removed is never taken for complete. */
    private void forgetJournal() {
        journal().deleteOne(Change.COMPLETE);
        journal().deleteMany(new Document());
    }

    private MongoCollection<Document> journal() {
        return store.getCollection(journal);
    }

    private boolean removed(String collection, Object id) {
        return startsWithAny(removedPrefixes, collection, id);
    }

    private static boolean startsWithAny(Map<String, Set<String>> prefixes, String collection, Object id) {
        return prefixes.getOrDefault(collection, Set.of()).stream()
                .anyMatch(prefix -> String.valueOf(id).startsWith(prefix));
    }

    /**
     * One change of a write: a removal of every document whose id starts with a prefix, or a
     * document replacing the stored one; in the journal, numbered in the write's order.
     */
    private record Change(String collection, String removedPrefix, Document document) {

        static final String COMPLETE_ID = "complete";
        static final Bson COMPLETE = Filters.eq("_id", COMPLETE_ID);

        static Change removal(String collection, String prefix) {
            return new Change(collection, prefix, null);
        }

        static Change replacement(String collection, Document document) {
            return new Change(collection, null, document);
        }

        static Change of(Document entry) {
            return new Change(entry.getString("collection"), entry.getString("removedPrefix"),
                    entry.get("document", Document.class));
        }

        /** The write's changes in order, then the mark that the journal holds them all. */
        static List<Document> journal(List<Change> writes) {
            List<Document> entries = new ArrayList<>();
            for (int i = 0; i < writes.size(); i++) {
                Change change = writes.get(i);
                Document entry = new Document("_id", i).append("collection", change.collection());
                entries.add(change.removedPrefix() != null ? entry.append("removedPrefix", change.removedPrefix())
                        : entry.append("document", change.document()));
            }
            entries.add(new Document("_id", COMPLETE_ID).append("changes", writes.size()));
            return entries;
        }
    }
}
