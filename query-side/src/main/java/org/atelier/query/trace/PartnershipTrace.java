package org.atelier.query.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.query.partnership.PartnershipView;
import org.atelier.shared.organisation.OrganisationRegistered;
import org.atelier.shared.workshop.Audience;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * How a partnership emerged, read straight from its workshop's stream in the event store, never
 * from a read model: a read model keeps the present (a board forgets a withdrawn idea, the
 * clusters as they are now), whereas the story needs every fact as it happened, with who, when and
 * in which phase. Organisations' names come from their own streams.
 */
@Component
public class PartnershipTrace {

    private static final String WORKSHOP_AGGREGATE = "Workshop";

    private final EventStore eventStore;

    PartnershipTrace(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * @param partnership the partnership as the partnerships read model lists it: where to find its stream
     * @throws UnknownPartnership when its workshop's stream never formed it
     */
    public TraceView of(PartnershipView partnership, Audience audience) {
        List<DomainEventMessage<?>> stream = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(partnership.workshopId(), 0);
        while (events.hasNext()) {
            stream.add(events.next());
        }
        TraceView trace = stream.isEmpty() || !WORKSHOP_AGGREGATE.equals(stream.get(0).getType()) ? null
                : TraceFold.of(partnership, stream, audience, this::namesOf);
        if (trace == null) {
            throw new UnknownPartnership(partnership.partnershipId());
        }
        return trace;
    }

    private Map<String, String> namesOf(Set<String> organisations) {
        Map<String, String> names = new HashMap<>();
        for (String organisation : organisations) {
            DomainEventStream events = eventStore.readEvents(organisation, 0);
            if (events.hasNext() && events.next().getPayload() instanceof OrganisationRegistered registered) {
                names.put(organisation, registered.name());
            }
        }
        return names;
    }

    /** No partnership has this id in the event store. */
    public static class UnknownPartnership extends RuntimeException {
        UnknownPartnership(String partnershipId) {
            super("No partnership " + partnershipId + ".", null, false, false);
        }
    }
}
