package org.atelier.command.workshop;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;

/** The dots each participant has put on ideas, phase by phase (a phase gone back to keeps its own). */
final class Ballot {

    private final Map<Phase, Map<ParticipantId, Map<IdeaId, Integer>>> dots = new EnumMap<>(Phase.class);

    boolean hasDotsLeft(Phase phase, ParticipantId voter, int budget) {
        return read(phase, voter).values().stream().mapToInt(Integer::intValue).sum() < budget;
    }

    boolean hasVoted(Phase phase, ParticipantId voter, IdeaId ideaId) {
        return dotsOn(phase, voter, ideaId) > 0;
    }

    int dotsOn(Phase phase, ParticipantId voter, IdeaId ideaId) {
        return read(phase, voter).getOrDefault(ideaId, 0);
    }

    void cast(Phase phase, ParticipantId voter, IdeaId ideaId) {
        of(phase, voter).merge(ideaId, 1, Integer::sum);
    }

    void retract(Phase phase, ParticipantId voter, IdeaId ideaId) {
        of(phase, voter).computeIfPresent(ideaId, (id, n) -> n > 1 ? n - 1 : null);
    }

    /** Deciding only reads: state changes only when an event is applied. */
    private Map<IdeaId, Integer> read(Phase phase, ParticipantId voter) {
        return dots.getOrDefault(phase, Map.of()).getOrDefault(voter, Map.of());
    }

    private Map<IdeaId, Integer> of(Phase phase, ParticipantId voter) {
        return dots.computeIfAbsent(phase, p -> new HashMap<>()).computeIfAbsent(voter, v -> new HashMap<>());
    }
}
