package org.atelier.query.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.atelier.query.people.WorkshopPeopleView.Attendance;
import org.atelier.query.people.WorkshopPeopleView.Facilitator;
import org.atelier.query.people.WorkshopPeopleView.HalfDay;
import org.atelier.query.people.WorkshopPeopleView.Presence;
import org.atelier.shared.workshop.FacilitatorAdded;
import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.FacilitatorRemoved;
import org.atelier.shared.workshop.ParticipantAttended;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.Session;
import org.atelier.shared.workshop.WorkshopScheduled;

/**
 * Who runs a workshop and who came to each of its dated half-days, folded from its events. Only
 * the event types in {@link #FOLDED} are read; the others are never deserialized.
 */
final class PeopleFold {

    static final Set<Class<?>> FOLDED = Set.of(WorkshopScheduled.class, ParticipantJoined.class,
            FacilitatorAdded.class, FacilitatorRemoved.class, ParticipantAttended.class);

    private final List<Session> sessions = new ArrayList<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> organisations = new LinkedHashMap<>();
    private final Map<String, Facilitator> facilitators = new LinkedHashMap<>();
    private final List<ParticipantAttended> presences = new ArrayList<>();

    void apply(Object event, Instant at) {
        if (event instanceof WorkshopScheduled e) {
            sessions.addAll(e.sessions().stream().filter(Objects::nonNull).toList());
            facilitators.put(FacilitatorId.FIRST.value(), new Facilitator(FacilitatorId.FIRST.value(), null, null, at, true));
        } else if (event instanceof ParticipantJoined e) {
            names.put(e.participantId().value(), e.displayName());
            organisations.put(e.participantId().value(), e.organisationId().value());
        } else if (event instanceof FacilitatorAdded e) {
            facilitators.put(e.facilitatorId().value(),
                    new Facilitator(e.facilitatorId().value(), e.name(), e.addedBy(), e.at(), false));
        } else if (event instanceof FacilitatorRemoved e) {
            facilitators.remove(e.facilitatorId().value());
        } else if (event instanceof ParticipantAttended e) {
            presences.add(e);
        }
    }

    /** The facilitators running the workshop now, the first one first, then in the order they came. */
    List<Facilitator> facilitators() {
        return List.copyOf(facilitators.values());
    }

    /** Each dated half-day in the workshop's order, with who was present, in the order it was recorded. */
    Attendance attendance() {
        List<HalfDay> halfDays = new ArrayList<>();
        for (int index = 0; index < sessions.size(); index++) {
            int number = index + 1;
            Session session = sessions.get(index);
            List<Presence> present = presences.stream().filter(p -> p.session() == number)
                    .map(p -> new Presence(p.participantId().value(), names.get(p.participantId().value()),
                            p.organisationId().value(), p.source().name(), p.recordedBy(), p.at()))
                    .toList();
            halfDays.add(new HalfDay(number, session.phase() == null ? null : session.phase().name(), session.start(),
                    session.end(), present));
        }
        return new Attendance(halfDays);
    }
}
