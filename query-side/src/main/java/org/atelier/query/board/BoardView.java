package org.atelier.query.board;

import java.time.Instant;
import java.util.List;

/** The board as the public API shows it. */
public record BoardView(String workshopId, String phase, String step, List<IdeaView> ideas,
                        List<ClusterView> clusters, List<ProposalView> proposals, long version,
                        TimerView timer, List<String> ready) {

    /** The step's countdown; screens show {@code endsAt} minus the server's time (state RUNNING) or {@code remainingSeconds} (PAUSED). */
    public record TimerView(String state, long seconds, Instant endsAt, long remainingSeconds) {
    }

    public record IdeaView(String ideaId, String text, String participantId, String organisationId, String phase,
                           String clusterId, int votes, List<String> inspiredBy) {
    }

    public record ClusterView(String clusterId, String title, String phase, List<String> ideaIds) {
    }

    public record ProposalView(String proposalId, String title) {
    }

    static BoardView of(BoardDocument board) {
        return new BoardView(board.getWorkshopId(), board.getPhase(), board.getStep(),
                board.getIdeas().stream()
                        .map(idea -> new IdeaView(idea.ideaId(), idea.text(), idea.participantId(),
                                idea.organisationId(), idea.phase(), idea.clusterId(), idea.votes(), idea.inspiredBy()))
                        .toList(),
                board.getClusters().stream()
                        .map(cluster -> new ClusterView(cluster.clusterId(), cluster.title(), cluster.phase(),
                                board.getIdeas().stream()
                                        .filter(idea -> cluster.clusterId().equals(idea.clusterId()))
                                        .map(BoardDocument.IdeaEntry::ideaId)
                                        .toList()))
                        .toList(),
                List.of(), board.getVersion(),
                board.getTimer() == null ? null : new TimerView(board.getTimer().state(), board.getTimer().seconds(),
                        board.getTimer().endsAt(), board.getTimer().remainingSeconds()),
                List.copyOf(board.getReady()));
    }
}
