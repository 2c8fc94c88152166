package org.atelier.query.board;

import java.time.Instant;
import java.util.List;

/** A workshop's summary as the public API shows it. */
public record WorkshopView(String workshopId, String title, String theme, String programme, String phase,
                           String step, List<ParticipantView> participants, List<SessionView> sessions,
                           int votesPerParticipant, int maxVotesPerIdea, long version) {

    public record ParticipantView(String participantId, String displayName, String organisationId) {
    }

    public record SessionView(String phase, Instant start, Instant end) {
    }

    static WorkshopView of(BoardDocument board) {
        return new WorkshopView(board.getWorkshopId(), board.getTitle(), board.getTheme(), board.getProgramme(),
                board.getPhase(), board.getStep(),
                board.getParticipants().stream()
                        .map(p -> new ParticipantView(p.participantId(), p.displayName(), p.organisationId()))
                        .toList(),
                board.getSessions().stream().map(s -> new SessionView(s.phase(), s.start(), s.end())).toList(),
                board.getVotesPerParticipant(), board.getMaxVotesPerIdea(), board.getVersion());
    }
}
