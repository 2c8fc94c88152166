package org.atelier.command.workshop;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.atelier.command.workshop.WorkshopRejections.UnknownSession;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Session;

/**
 * The workshop's dated half-days, numbered from 1 in the order it was scheduled with, and who was
 * recorded present at each: just what the aggregate needs to decide on attendance.
 */
final class HalfDays {

    static final HalfDays NONE = new HalfDays(List.of());

    private final List<Session> sessions;
    private final Set<String> recorded = new HashSet<>();

    HalfDays(List<Session> sessions) {
        this.sessions = sessions == null ? List.of() : List.copyOf(sessions.stream().filter(Objects::nonNull).toList());
    }

    /** The half-day of that number. */
    Session numbered(int number) {
        if (number < 1 || number > sessions.size()) {
            throw new UnknownSession(number);
        }
        return sessions.get(number - 1);
    }

    /** Within the half-day's hours, both ends included; an undated one has no hours. */
    static boolean isDuring(Session session, Instant at) {
        return session.start() != null && session.end() != null && at != null
                && !at.isBefore(session.start()) && !at.isAfter(session.end());
    }

    boolean isRecorded(ParticipantId participantId, int number) {
        return recorded.contains(key(participantId, number));
    }

    void record(ParticipantId participantId, int number) {
        recorded.add(key(participantId, number));
    }

    private static String key(ParticipantId participantId, int number) {
        return number + "|" + participantId.value();
    }
}
