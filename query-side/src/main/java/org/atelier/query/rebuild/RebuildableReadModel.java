package org.atelier.query.rebuild;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A read model that the rebuild can fold again from the event store into fresh collections. Every
 * tracking processor's projection implements it (a test holds every processing group to it), so
 * a rebuild covers every read model: a new projection joins by naming its processing group and
 * collections and by replaying into another database, most simply with {@link HandlerReplay}.
 */
public interface RebuildableReadModel {

    /** The tracking processor that keeps this read model live. */
    String processingGroup();

    /** The collections it owns, all of them replaced by the rebuild. */
    List<String> collections();

    /**
     * A replay that writes the same documents as the live projection, into {@code target} (a fresh
     * database: same collection names), and tells the screens nothing.
     */
    ReadModelReplay replayInto(MongoTemplate target);

    /**
     * Its documents were replaced under it (the rebuild's switch, its processor held): whatever it
     * keeps in memory from them is to be read again.
     */
    default void documentsReplaced() {
    }
}
