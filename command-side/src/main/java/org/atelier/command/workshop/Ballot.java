package org.atelier.command.workshop;

import java.util.HashMap;
import java.util.Map;

import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.workshop.ParticipantId;

/** The dots each participant has put on ideas in the phase now open. */
final class Ballot {

    private final Map<ParticipantId, Map<IdeaId, Integer>> dots = new HashMap<>();

    boolean hasDotsLeft(ParticipantId voter, int budget) {
        return used(voter) < budget;
    }

    boolean hasVoted(ParticipantId voter, IdeaId ideaId) {
        return dots.getOrDefault(voter, Map.of()).getOrDefault(ideaId, 0) > 0;
    }

    void cast(ParticipantId voter, IdeaId ideaId) {
        dots.computeIfAbsent(voter, v -> new HashMap<>()).merge(ideaId, 1, Integer::sum);
    }

    void retract(ParticipantId voter, IdeaId ideaId) {
        dots.computeIfAbsent(voter, v -> new HashMap<>()).computeIfPresent(ideaId, (id, n) -> n > 1 ? n - 1 : null);
    }

    void clear() {
        dots.clear();
    }

    private int used(ParticipantId voter) {
        return dots.getOrDefault(voter, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }
}
