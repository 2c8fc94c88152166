package org.atelier.query.rebuild;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.atelier.query.rebuild.RebuildStatus.Difference;
import org.bson.Document;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

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
        collections.forEach(collection -> comparison.compare(collection, live, rebuilt));
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

    private void compare(String collection, MongoDatabase live, MongoDatabase rebuilt) {
        try (MongoCursor<Document> liveDocuments = sortedById(live, collection);
             MongoCursor<Document> rebuiltDocuments = sortedById(rebuilt, collection)) {
            Document left = next(liveDocuments);
            Document right = next(rebuiltDocuments);
            while (left != null || right != null) {
                int order = left == null ? 1 : right == null ? -1 : compareIds(left.get("_id"), right.get("_id"));
                if (order < 0) {
                    differ(collection, left.get("_id"), DOCUMENT, "present", "missing");
                    liveOnly.computeIfAbsent(collection, c -> new ArrayList<>()).add(left.get("_id"));
                    left = next(liveDocuments);
                } else if (order > 0) {
                    differ(collection, right.get("_id"), DOCUMENT, "missing", "present");
                    rebuiltOnly.computeIfAbsent(collection, c -> new ArrayList<>()).add(right.get("_id"));
                    right = next(rebuiltDocuments);
                } else {
                    compared++;
                    String[] found = difference(left, right, "");
                    if (found != null) {
                        differ(collection, left.get("_id"), found[0], found[1], found[2]);
                        rebuiltOnly.computeIfAbsent(collection, c -> new ArrayList<>()).add(right.get("_id"));
                    }
                    left = next(liveDocuments);
                    right = next(rebuiltDocuments);
                }
            }
        }
    }

    private static MongoCursor<Document> sortedById(MongoDatabase database, String collection) {
        return database.getCollection(collection).find().sort(Sorts.ascending("_id")).batchSize(READ_BATCH)
                .iterator();
    }

    private static Document next(Iterator<Document> documents) {
        return documents.hasNext() ? documents.next() : null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareIds(Object left, Object right) {
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
