package org.atelier.query.people;

import java.util.List;
import java.util.function.Function;

import org.atelier.query.people.WorkshopPeopleView.Attendance;
import org.atelier.query.people.WorkshopPeopleView.Facilitator;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The facilitators of a workshop and its attendance, read from its events in the event store, as
 * the history is: always as current as the last acknowledged change, with no read model to keep or
 * rebuild for a few facts read by a few screens.
 */
@Component
public class WorkshopPeople {

    private static final String WORKSHOP_AGGREGATE = "Workshop";

    private final EventStore eventStore;

    WorkshopPeople(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** @throws UnknownWorkshop when no workshop has this id */
    public List<Facilitator> facilitators(WorkshopId workshopId) {
        return folded(workshopId, PeopleFold::facilitators);
    }

    /** @throws UnknownWorkshop when no workshop has this id */
    public Attendance attendance(WorkshopId workshopId) {
        return folded(workshopId, PeopleFold::attendance);
    }

    private <T> T folded(WorkshopId workshopId, Function<PeopleFold, T> answer) {
        DomainEventStream stream = eventStore.readEvents(workshopId.value());
        if (!stream.hasNext() || !WORKSHOP_AGGREGATE.equals(stream.peek().getType())) {
            throw new UnknownWorkshop(workshopId);
        }
        PeopleFold fold = new PeopleFold();
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (PeopleFold.CASES.handles(message.getPayloadType())) {
                fold.apply(message.getPayload(), message.getTimestamp());
            }
        }
        return answer.apply(fold);
    }

    public static class UnknownWorkshop extends RuntimeException {
        UnknownWorkshop(WorkshopId workshopId) {
            super("No workshop " + workshopId + ".");
        }
    }
}
