package org.atelier.query.network;

import org.atelier.query.rebuild.ReadModelRebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * A read-model store written before the network kept its link facts by workshop ({@link LinksMadeIn})
 * holds them one document each, in a collection nothing reads any more: its figures would show no
 * link until a rebuild. Once started, such a store is rebuilt as {@code POST /api/admin/rebuild}
 * does, the screens served meanwhile; the rebuilt store has no such collection, so it happens once.
 */
@Component
class NetworkUpgrade {

    /** Where the link facts were kept, one document each. */
    static final String LINKS_ONE_BY_ONE = "network_links";
    private static final Logger LOG = LoggerFactory.getLogger(NetworkUpgrade.class);

    private final MongoTemplate mongo;
    private final ReadModelRebuild rebuild;

    NetworkUpgrade(MongoTemplate mongo, ReadModelRebuild rebuild) {
        this.mongo = mongo;
        this.rebuild = rebuild;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenWrittenBefore() {
        if (mongo.collectionExists(LINKS_ONE_BY_ONE)) {
            LOG.warn("The network's links are kept as they were before they were kept by workshop: "
                    + "every read model is rebuilt from the event store");
            rebuild.start();
        }
    }
}
