package org.atelier.web.storage;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The embedded read-model server, answering queries in batches as MongoDB does, and writing every
 * change to its file before it answers.
 *
 * <p>Left alone, the in-process server answers a query without a batch size with every document at
 * once, and past 48 MB the driver refuses the reply: a programme's network or a rebuild's comparison
 * reads more than that. MongoDB's own first batch is 101 documents; later batches are held to the
 * same number here, which keeps each reply far below the limit for documents of our sizes.
 *
 * <p>Left alone, its H2 store also writes changes to the file in the background, about once a
 * second, and a store written while other threads change it is no snapshot: after a kill, a
 * processor's token could be kept while documents written before it were lost (seen: a network
 * lookup missing behind its processor's token). Committing each change before answering makes
 * what a client was told durable in the order it was told, against the process dying; the
 * operating system may still hold it unwritten (no fsync). A commit is taken only between whole
 * commands ({@link WholeCommands}). H2 also writes by itself when a command
 * has changed more than its buffer, amid the other commands: that is off too.
 *
 * <p>The server changes a stored document in place when it updates it, so a commit running
 * meanwhile met a document half changed and closed the store for good
 * ({@code ConcurrentModificationException}, seen with four processors catching up at once), and a
 * reply being written could meet one too. Queries here get copies ({@link CopyingCollection}), so
 * the server updates a copy and stores it, and no stored document changes any more.
 *
 * <p>Writing the file every 100 ms instead, while no command runs, was tried: the processors caught
 * up faster, but a write waited for a long command (a bulk of large boards) and every command waited
 * behind it: answers of up to a second and a sixth fewer commands a second in the throughput bench.
 *
 * <p>Documents are kept as BSON ({@link StoredDocumentType}) and index keys ordered by value
 * ({@link IndexKeyType}) instead of H2's defaults for classes it does not know (Java serialization,
 * and keys compared by serializing them), which cost minutes for a large programme's documents.
 */
final class BatchedH2Backend extends H2Backend {

    static final int BATCH = 101;
    /**
     * How long the store keeps the chunks of its older versions: H2's 45 s is shorter than a read of
     * every board of a large programme (a rebuild's comparison took 46-54 s on a million events), and
     * a cursor still reading an older version once its chunks are reused fails ("Chunk … not found",
     * seen once in the benchmark). Ten minutes, at the cost of a file that shrinks later after heavy writes.
     */
    static final int RETENTION_MILLIS = 600_000;
    /** H2's map names for the documents of a collection and for its indexes (see {@link H2Database}). */
    private static final String DOCUMENTS = "databases.";
    private static final String INDEX = "._index_";
    /** Which order the index maps of the file are in: absent in files written before {@link IndexKeyType}. */
    private static final String FORMAT = "atelier.format";
    private static final String INDEX_ORDER = "index-order";
    private static final String BY_VALUE = "by-value";

    /**
     * The commands that change nothing in the store, with aggregations that write nothing: they
     * neither wait for a commit nor make one. Every other command is taken as a change, so one this
     * list forgets waits for a commit in progress: the driver's {@code getlasterror}, sent as each new
     * connection opens, did, so a connection opened during a commit waited for it. A read does not
     * take the gate, but the server runs each connection's commands on one of a few threads, so a
     * read on a connection sharing its thread with a change that waits at the gate waits too.
     */
    private static final Set<String> READS = Set.of("find", "getMore", "count", "killCursors", "hello", "isMaster",
            "ismaster", "ping", "buildInfo", "buildinfo", "listCollections", "listIndexes", "endSessions",
            "getlasterror", "getLastError");
    private static final Set<String> BATCHED = Set.of("find", "getMore");

    private final MVStore store;
    private final WholeCommands commands = new WholeCommands();

    BatchedH2Backend(String fileName) {
        this(openStore(fileName));
    }

    private BatchedH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    private static MVStore openStore(String fileName) {
        // No background writer, and no write by a command that changed more than H2's buffer either
        // (its default, even with the writer off): that write ran amid other commands, in the middle of its own.
        MVStore store = new MVStore.Builder().fileName(fileName).autoCommitDisabled().autoCommitBufferSize(0).open();
        store.setRetentionTime(RETENTION_MILLIS);
        reorderIndexes(store);
        return store;
    }

    /**
     * Copies every index of a file written before {@link IndexKeyType} into a map ordered by value:
     * searched with the new order, a tree built in the old one would miss keys.
     */
    private static void reorderIndexes(MVStore store) {
        MVMap<String, String> format = store.openMap(FORMAT);
        if (BY_VALUE.equals(format.get(INDEX_ORDER))) {
            return;
        }
        for (String name : List.copyOf(store.getMapNames())) {
            if (!name.contains(INDEX) || name.startsWith(DOCUMENTS)) {
                continue;
            }
            MVMap<Object, Object> earlier = store.openMap(name);
            String copy = name + ".by-value";
            if (store.hasMap(copy)) {
                store.removeMap(copy);
            }
            MVMap<Object, Object> reordered = store.openMap(copy, indexMap());
            for (Map.Entry<Object, Object> entry : earlier.entrySet()) {
                reordered.put(entry.getKey(), entry.getValue());
            }
            store.removeMap(earlier);
            store.renameMap(reordered, name);
        }
        format.put(INDEX_ORDER, BY_VALUE);
        store.commit();
    }

    private static <K, V> MVMap.Builder<K, V> indexMap() {
        return new MVMap.Builder<K, V>().keyType(new IndexKeyType());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new TypedDatabase(databaseName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (readsOnly(command, query)) {
            if (batchSizeOf(query) <= 0 && BATCHED.contains(command)) {
                query.put("batchSize", BATCH);
            }
            return super.handleCommand(channel, databaseName, command, query);
        }
        Document answer = commands.change(() -> super.handleCommand(channel, databaseName, command, query));
        commands.commit(this::commitChanges);
        return answer;
    }

    /**
     * Run by one thread at a time ({@link WholeCommands}): H2 skips a commit asked for while another
     * is being written, and that one may have been taken before this thread's change, which then
     * answered before it was in the file.
     */
    private void commitChanges() {
        if (store.hasUnsavedChanges()) {
            store.commit();
        }
    }

    /** Whether a command leaves the store as it is: an aggregation does unless it writes its result. */
    private static boolean readsOnly(String command, Document query) {
        if (command.equals("aggregate")) {
            return query.get("pipeline") instanceof List<?> stages && stages.stream()
                    .noneMatch(stage -> stage instanceof Document named && (named.containsKey("$out")
                            || named.containsKey("$merge")));
        }
        return READS.contains(command);
    }

    /** The gate between commands and commits, for a test to hold a commit open. */
    WholeCommands commands() {
        return commands;
    }

    private static int batchSizeOf(Document query) {
        return query.get("batchSize") instanceof Number size ? size.intValue() : 0;
    }

    /**
     * H2's database with the data types above. The maps are opened under H2's own names, so this
     * overrides only how they are opened; an inner class, because H2's constructor opens the
     * collections already stored before this class's fields would be set.
     */
    private final class TypedDatabase extends H2Database {

        TypedDatabase(String databaseName) {
            super(databaseName, getMvStore(), BatchedH2Backend.this.getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            MVMap<KeyValue, Object> keysMap = getMvStore().openMap(
                    getFullCollectionNamespace(collectionName) + INDEX + indexName, indexMap());
            return new TypedUniqueIndex(keysMap, indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> documents = getMvStore().openMap(DOCUMENTS + fullName,
                    new MVMap.Builder<Object, Document>().valueType(new StoredDocumentType()));
            MVMap<String, Object> meta = getMvStore().openMap("meta." + fullName);
            return new CopyingCollection(this, collectionName, options, documents, meta, cursorRegistry);
        }
    }

    /**
     * H2's collection, handing out copies of its documents: the server updates the document a query
     * gave it in place, and a stored one may be in a reply still being written or in a cursor. It
     * changes only a stored document's own fields (an update builds the new values from deep copies,
     * an insert stores what the client sent), so a copy of those is enough; a projection makes a new
     * document itself, and only the documents that match are copied.
     */
    private static final class CopyingCollection extends H2Collection {

        private static final Document EVERY_DOCUMENT = new Document();

        CopyingCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                          MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, collectionName, options, documents, meta, cursors);
        }

        @Override
        protected QueryResult matchDocumentsFromStream(Document query, Stream<Document> documents, int skip,
                                                       int limit, int batchSize, Comparator<Document> order,
                                                       Document fields) {
            if (fields != null && !fields.isEmpty()) {
                return super.matchDocumentsFromStream(query, documents, skip, limit, batchSize, order, fields);
            }
            // Matched here, before copying, and not again (the query could only match them all).
            return super.matchDocumentsFromStream(EVERY_DOCUMENT,
                    documents.filter(document -> documentMatchesQuery(document, query)).map(Document::clone),
                    skip, limit, batchSize, order, fields);
        }
    }
}
