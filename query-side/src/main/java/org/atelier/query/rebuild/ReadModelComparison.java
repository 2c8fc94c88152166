package org.atelier.query.rebuild;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.atelier.query.rebuild.RebuildStatus.Difference;
import org.bson.Document;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/**
 * Compares two databases' read models document by document, field by field, ignoring nothing:
 * the read models hold no time of processing (their times are the events' own), so a rebuild must
 * give the very same documents. Keys may come in another order within a document (they do not
 * mean anything there); list elements may not.
 */
public final class ReadModelComparison {

    /**
     * Documents per reply when whole read-model documents are read: a board reaches hundreds of
     * kilobytes, and a reply may not pass 48 MB (MongoDB's limit, which the embedded server does not
     * enforce by itself), so a few at a time.
     */
    static final int READ_BATCH = 16;
    private static final int ID_BATCH = 10_000;
    private static final int SHOWN_LENGTH = 120;
    /** The field named when a whole document is on one side only. */
    private static final String DOCUMENT = "(document)";

    private final List<Difference> differences = new ArrayList<>();
    private final Map<String, List<Object>> rebuiltOnly = new HashMap<>();
    private final Map<String, List<Object>> liveOnly = new HashMap<>();
    private final int maxDifferences;
    private long compared;
    private boolean identical = true;

    private ReadModelComparison(int maxDifferences) {
        this.maxDifferences = maxDifferences;
    }

    /** Compares {@code collections} of both databases; keeps the first {@code maxDifferences} differences. */
    public static ReadModelComparison of(MongoDatabase live, MongoDatabase rebuilt, List<String> collections,
                                         int maxDifferences) {
        ReadModelComparison comparison = new ReadModelComparison(maxDifferences);
        collections.forEach(collection -> comparison.compare(collection, live, rebuilt,
                union(idsOf(live, collection), idsOf(rebuilt, collection))));
        return comparison;
    }

    /**
     * Compares again only the documents an earlier comparison found different or on one side: what
     * a comparison made while the live side moved on leaves to check once both stand at the same event.
     */
    public static ReadModelComparison again(MongoDatabase live, MongoDatabase rebuilt, ReadModelComparison earlier,
                                            int maxDifferences) {
        ReadModelComparison comparison = new ReadModelComparison(maxDifferences);
        Map<String, Set<Object>> ids = new TreeMap<>();
        earlier.rebuiltOnly.forEach((collection, found) -> ids.computeIfAbsent(collection, c -> sorted()).addAll(found));
        earlier.liveOnly.forEach((collection, found) -> ids.computeIfAbsent(collection, c -> sorted()).addAll(found));
        ids.forEach((collection, found) -> comparison.compare(collection, live, rebuilt, found));
        comparison.compared = earlier.compared;
        return comparison;
    }

    public boolean identical() {
        return identical;
    }

    public List<Difference> differences() {
        return List.copyOf(differences);
    }

    public long documentsCompared() {
        return compared;
    }

    /** The ids of the rebuilt documents that the live side lacks or holds otherwise, per collection. */
    Map<String, List<Object>> differingOrMissing() {
        return rebuiltOnly;
    }

    /** The ids of the live documents that the rebuild does not have, per collection. */
    Map<String, List<Object>> extra() {
        return liveOnly;
    }

    /**
     * Reads both sides a few documents at a time, by id: a whole collection read at once (sorted
     * or not) is held whole by the embedded server, which a large programme's documents do not fit.
     */
    private void compare(String collection, MongoDatabase live, MongoDatabase rebuilt, Set<Object> ids) {
        List<Object> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += READ_BATCH) {
            List<Object> batch = all.subList(from, Math.min(all.size(), from + READ_BATCH));
            Map<Object, Document> left = byId(live, collection, batch);
            Map<Object, Document> right = byId(rebuilt, collection, batch);
            for (Object id : batch) {
                compare(collection, id, left.get(id), right.get(id));
            }
        }
    }

    private void compare(String collection, Object id, Document left, Document right) {
        if (left == null && right == null) {
            return;
        }
        if (right == null) {
            differ(collection, id, DOCUMENT, "present", "missing");
            liveOnly.computeIfAbsent(collection, c -> new ArrayList<>()).add(id);
        } else if (left == null) {
            differ(collection, id, DOCUMENT, "missing", "present");
            rebuiltOnly.computeIfAbsent(collection, c -> new ArrayList<>()).add(id);
        } else {
            compared++;
            String[] found = difference(left, right, "");
            if (found != null) {
                differ(collection, id, found[0], found[1], found[2]);
                rebuiltOnly.computeIfAbsent(collection, c -> new ArrayList<>()).add(id);
            }
        }
    }

    /** Only the ids: the server still reads every document, but holds only what it answers. */
    private static Set<Object> idsOf(MongoDatabase database, String collection) {
        Set<Object> ids = sorted();
        database.getCollection(collection).find().projection(Projections.include("_id")).batchSize(ID_BATCH)
                .forEach(document -> ids.add(document.get("_id")));
        return ids;
    }

    private static Map<Object, Document> byId(MongoDatabase database, String collection, List<Object> ids) {
        Map<Object, Document> found = new HashMap<>();
        database.getCollection(collection).find(Filters.in("_id", ids)).batchSize(READ_BATCH)
                .forEach(document -> found.put(document.get("_id"), document));
        return found;
    }

    private static Set<Object> union(Set<Object> one, Set<Object> other) {
        one.addAll(other);
        return one;
    }

    private static Set<Object> sorted() {
        return new TreeSet<>(ReadModelComparison::compareIds);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareIds(Object left, Object right) {
        if (left instanceof Comparable comparable && left.getClass() == right.getClass()) {
            return comparable.compareTo(right);
        }
        return String.valueOf(left).compareTo(String.valueOf(right));
    }

    private void differ(String collection, Object id, String field, String live, String rebuilt) {
        identical = false;
        if (differences.size() < maxDifferences) {
            differences.add(new Difference(collection, String.valueOf(id), field, shown(live), shown(rebuilt)));
        }
    }

    /** The path and both values where the two values first differ, or {@code null} when they are equal. */
    private static String[] difference(Object live, Object rebuilt, String path) {
        if (live instanceof Map<?, ?> left && rebuilt instanceof Map<?, ?> right) {
            Set<Object> keys = new HashSet<>(left.keySet());
            keys.addAll(right.keySet());
            for (Object key : keys.stream().map(String::valueOf).sorted().toList()) {
                String at = path.isEmpty() ? key.toString() : path + "." + key;
                if (!left.containsKey(key) || !right.containsKey(key)) {
                    return new String[] {at, left.containsKey(key) ? String.valueOf(left.get(key)) : "(absent)",
                            right.containsKey(key) ? String.valueOf(right.get(key)) : "(absent)"};
                }
                String[] inside = difference(left.get(key), right.get(key), at);
                if (inside != null) {
                    return inside;
                }
            }
            return null;
        }
        if (live instanceof List<?> left && rebuilt instanceof List<?> right) {
            for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
                String[] inside = difference(left.get(i), right.get(i), path + "[" + i + "]");
                if (inside != null) {
                    return inside;
                }
            }
            return left.size() == right.size() ? null
                    : new String[] {path + ".length", String.valueOf(left.size()), String.valueOf(right.size())};
        }
        boolean sameType = live != null && rebuilt != null && live.getClass() == rebuilt.getClass();
        if (Objects.equals(live, rebuilt) && (live == null || sameType)) {
            return null;
        }
        if (sameType || live == null || rebuilt == null) {
            return new String[] {path, String.valueOf(live), String.valueOf(rebuilt)};
        }
        return new String[] {path, describe(live), describe(rebuilt)};
    }

    /** A value with its type, when the types differ (an int32 3 and an int64 3 are not the same). */
    private static String describe(Object value) {
        return value + " (" + value.getClass().getSimpleName() + ")";
    }

    private static String shown(String value) {
        return value.length() <= SHOWN_LENGTH ? value : value.substring(0, SHOWN_LENGTH) + "…";
    }
}
