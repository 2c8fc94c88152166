package org.atelier.command.workshop;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.command.rejection.TextInput;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.ScheduleWorkshop;
import org.atelier.shared.workshop.Session;

/** The checked content of a workshop to schedule. */
record WorkshopDraft(String title, String theme, String programme, List<Session> sessions, int votesPerParticipant,
                     int maxVotesPerIdea) {

    static final int MAX_TITLE = 200;
    static final int MAX_VOTES = 50;

    static WorkshopDraft of(ScheduleWorkshop command) {
        List<Session> sessions = command.sessions() == null ? List.of() : command.sessions();
        checkSessions(sessions);
        JoinCode.check(command.joinCode());
        if (command.votesPerParticipant() < 1 || command.votesPerParticipant() > MAX_VOTES) {
            throw new InvalidInput("votesPerParticipant", "votesPerParticipant must be between 1 and " + MAX_VOTES + ".");
        }
        if (command.maxVotesPerIdea() < 0 || command.maxVotesPerIdea() > command.votesPerParticipant()) {
            throw new InvalidInput("maxVotesPerIdea",
                    "maxVotesPerIdea must be between 1 and votesPerParticipant, or 0 for no limit per idea.");
        }
        return new WorkshopDraft(required("title", command.title()), required("theme", command.theme()),
                optional("programme", command.programme()), List.copyOf(sessions), command.votesPerParticipant(),
                command.maxVotesPerIdea());
    }

    private static String required(String field, String raw) {
        return TextInput.required(field, raw, MAX_TITLE);
    }

    private static String optional(String field, String raw) {
        String value = TextInput.optional(field, raw, MAX_TITLE);
        return value.isEmpty() ? null : value;
    }

    private static void checkSessions(List<Session> sessions) {
        Set<Phase> seen = EnumSet.noneOf(Phase.class);
        for (Session session : sessions) {
            if (session == null || session.phase() == null || session.start() == null || session.end() == null) {
                throw new InvalidInput("sessions", "each session needs a phase, a start and an end.");
            }
            if (!session.phase().isOpen()) {
                throw new InvalidInput("sessions", "a session is for CRITIQUE, UTOPIA or REALIZATION, not " + session.phase() + ".");
            }
            if (!session.start().isBefore(session.end())) {
                throw new InvalidInput("sessions", "a session must end after it starts (" + session.phase() + ").");
            }
            if (!seen.add(session.phase())) {
                throw new InvalidInput("sessions", "at most one session per phase (" + session.phase() + " twice).");
            }
        }
    }
}
