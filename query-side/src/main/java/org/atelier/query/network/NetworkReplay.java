package org.atelier.query.network;

import org.atelier.query.rebuild.ReadModelReplay;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The network rebuilt from the whole history in one pass: the same fold as the live projection,
 * over memory, then every document written in large batches. Events the network does not read
 * are skipped without being deserialised.
 */
public final class NetworkReplay implements ReadModelReplay {

    private final MongoTemplate target;
    private final MemoryNetworkStore store = new MemoryNetworkStore();
    private final NetworkFold fold = new NetworkFold(store);

    NetworkReplay(MongoTemplate target) {
        this.target = target;
    }

    /** Events in the event store's order, as the processor would receive them. */
    @Override
    public void apply(EventMessage<?> event) {
        if (NetworkFold.HANDLED.contains(event.getPayloadType())) {
            fold.apply(event);
        }
    }

    /** Writes the read model into the target, whose network collections are empty. */
    @Override
    public void finish() {
        store.writeTo(target);
    }
}
