package org.atelier.query.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.atelier.query.board.BoardDocument.IdeaEntry;
import org.atelier.query.board.BoardDocument.ParticipantEntry;
import org.atelier.query.board.BoardView.ClusterView;
import org.atelier.query.board.BoardView.IdeaView;
import org.atelier.query.board.BoardView.ProposalView;
import org.atelier.query.board.BoardView.ProposalView.ActionView;
import org.atelier.query.board.BoardView.ProposalView.CommitmentView;
import org.atelier.query.partnership.PartnershipView;
import org.atelier.shared.workshop.Audience;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.springframework.stereotype.Component;

/**
 * A workshop's board as tables for spreadsheets and scripts: its ideas, its clusters, who put how
 * many dots on what, points and criteria results, its proposals, their follow-up actions and partnerships. Folded from the event store like the board at a past moment, and shown as
 * the board shows it to the same audience: ideas written privately and not yet revealed only to
 * evaluators, no persons in an anonymous phase (evaluators keep the organisations).
 */
@Component
public class BoardExport {

    private static final String REALIZATION = Phase.REALIZATION.name();

    private final BoardHistory history;

    BoardExport(BoardHistory history) {
        this.history = history;
    }

    /** Rows of plain values (text, numbers, lists of text, or null) under named columns. */
    public record Table(String workshopId, long version, List<String> columns, List<Map<String, Object>> rows) {
    }

    /**
     * @param organisationNames the register's name of an organisation, by id
     * @throws BoardHistory.UnknownWorkshop when no workshop has this id
     */
    public Table ideas(WorkshopId workshopId, Audience audience, Function<String, String> organisationNames) {
        BoardDocument board = history.documentAt(workshopId, null);
        BoardView view = BoardView.of(board, audience, null);
        Map<String, String> clusterTitles = new LinkedHashMap<>();
        board.getClusters().forEach(cluster -> clusterTitles.put(cluster.clusterId(), cluster.title()));
        Map<String, IdeaEntry> entries = new LinkedHashMap<>();
        board.getIdeas().forEach(entry -> entries.put(entry.ideaId(), entry));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IdeaView idea : view.ideas()) {
            IdeaEntry entry = entries.get(idea.ideaId());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ideaId", idea.ideaId());
            row.put("phase", idea.phase());
            row.put("text", idea.text());
            row.put("organisationId", idea.organisationId());
            row.put("organisation", nameOf(idea.organisationId(), organisationNames));
            row.put("participantId", idea.participantId());
            row.put("participant", displayName(board, idea.participantId()));
            row.put("clusterId", idea.clusterId());
            row.put("cluster", idea.clusterId() == null ? null : clusterTitles.get(idea.clusterId()));
            row.put("votes", idea.votes());
            row.put("inspiredBy", idea.inspiredBy());
            row.put("postedAt", Objects.toString(entry.postedAt(), null));
            row.put("editedAt", Objects.toString(entry.editedAt(), null));
            rows.add(row);
        }
        return table(board, rows, "ideaId", "phase", "text", "organisationId", "organisation", "participantId",
                "participant", "clusterId", "cluster", "votes", "inspiredBy", "postedAt", "editedAt");
    }

    public Table clusters(WorkshopId workshopId, Audience audience) {
        BoardDocument board = history.documentAt(workshopId, null);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ClusterView cluster : BoardView.of(board, audience, null).clusters()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("clusterId", cluster.clusterId());
            row.put("phase", cluster.phase());
            row.put("title", cluster.title());
            row.put("ideas", cluster.ideaIds().size());
            row.put("ideaIds", cluster.ideaIds());
            row.put("votes", cluster.votes());
            rows.add(row);
        }
        return table(board, rows, "clusterId", "phase", "title", "ideas", "ideaIds", "votes");
    }

    /**
     * Who put how many dots on what, on the ideas and clusters still on the board. In an anonymous
     * phase the dots of one organisation on one target are one row, without persons; while the
     * room's tallies are hidden, the room's audiences get no row of that phase.
     */
    public Table votes(WorkshopId workshopId, Audience audience, Function<String, String> organisationNames) {
        BoardDocument board = history.documentAt(workshopId, null);
        BoardView view = BoardView.of(board, audience, null);
        Map<String, Target> targets = new LinkedHashMap<>();
        view.ideas().forEach(idea -> targets.put(BoardDocument.ideaDot(idea.phase(), idea.ideaId()),
                new Target(idea.phase(), "idea", idea.ideaId(), idea.text())));
        view.clusters().forEach(cluster -> targets.put(BoardDocument.clusterDot(cluster.phase(), cluster.clusterId()),
                new Target(cluster.phase(), "cluster", cluster.clusterId(), cluster.title())));
        view.proposals().stream().filter(proposal -> ProposalEntry.OPEN.equals(proposal.status()))
                .forEach(proposal -> targets.put(BoardDocument.proposalDot(REALIZATION, proposal.proposalId()),
                        new Target(REALIZATION, "proposal", proposal.proposalId(), proposal.title())));
        Map<List<Object>, Map<String, Object>> rows = new LinkedHashMap<>();
        for (Map.Entry<String, Target> target : targets.entrySet()) {
            Target what = target.getValue();
            if (BoardView.talliesHidden(board, what.phase(), audience)) {
                continue;
            }
            boolean anonymous = board.settingsOf(what.phase()).anonymous();
            for (ParticipantEntry voter : board.getParticipants()) {
                int dots = board.getDots().getOrDefault(voter.participantId(), Map.of()).getOrDefault(target.getKey(), 0);
                if (dots <= 0) {
                    continue;
                }
                String organisationId = anonymous && audience != Audience.EVALUATOR ? null : voter.organisationId();
                String participantId = anonymous ? null : voter.participantId();
                Map<String, Object> row = rows.computeIfAbsent(List.of(target.getKey(),
                        Objects.toString(organisationId, ""), Objects.toString(participantId, "")), key -> {
                    Map<String, Object> fresh = new LinkedHashMap<>();
                    fresh.put("phase", what.phase());
                    fresh.put("target", what.kind());
                    fresh.put("targetId", what.id());
                    fresh.put("targetText", what.text());
                    fresh.put("organisationId", organisationId);
                    fresh.put("organisation", nameOf(organisationId, organisationNames));
                    fresh.put("participantId", participantId);
                    fresh.put("participant", participantId == null ? null : voter.displayName());
                    fresh.put("dots", 0);
                    return fresh;
                });
                row.put("dots", (int) row.get("dots") + dots);
            }
        }
        List<Map<String, Object>> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparing(row -> Phase.valueOf((String) row.get("phase"))));
        return table(board, sorted, "phase", "target", "targetId", "targetText", "organisationId", "organisation",
                "participantId", "participant", "dots");
    }

    private record Target(String phase, String kind, String id, String text) {
    }

    /** The project proposals, withdrawn ones included, with their conditions, commitments and partnership. */
    public Table proposals(WorkshopId workshopId, Audience audience, Function<String, String> organisationNames) {
        BoardDocument board = history.documentAt(workshopId, null);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProposalView proposal : BoardView.of(board, audience, null).proposals()) {
            List<String> committed = proposal.commitments().stream().map(CommitmentView::organisationId).toList();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("proposalId", proposal.proposalId());
            row.put("title", proposal.title());
            row.put("description", proposal.description());
            row.put("status", proposal.status());
            row.put("leadOrganisationId", proposal.leadOrganisationId());
            row.put("leadOrganisation", nameOf(proposal.leadOrganisationId(), organisationNames));
            row.put("proposerId", proposal.proposer());
            row.put("proposer", displayName(board, proposal.proposer()));
            row.put("proposerOrganisationId", proposal.proposerOrganisationId());
            row.put("proposerOrganisation", nameOf(proposal.proposerOrganisationId(), organisationNames));
            row.put("derivedFromIdeas", proposal.derivedFrom());
            row.put("derivedFromClusters", proposal.derivedFromClusters());
            row.put("resources", proposal.conditions().resources());
            row.put("obstacles", proposal.conditions().obstacles());
            row.put("firstSteps", proposal.conditions().firstSteps());
            row.put("timeline", proposal.conditions().timeline());
            row.put("committedOrganisationIds", committed);
            row.put("committedOrganisations", committed.stream().map(id -> nameOf(id, organisationNames)).toList());
            row.put("partnershipId", proposal.partnershipId());
            row.put("priority", proposal.priority());
            row.put("votes", proposal.votes());
            row.put("proposedAt", Objects.toString(proposal.proposedAt(), null));
            row.put("amendedAt", Objects.toString(proposal.amendedAt(), null));
            rows.add(row);
        }
        return table(board, rows, "proposalId", "title", "description", "status", "leadOrganisationId",
                "leadOrganisation", "proposerId", "proposer", "proposerOrganisationId", "proposerOrganisation",
                "derivedFromIdeas", "derivedFromClusters", "resources", "obstacles", "firstSteps", "timeline",
                "committedOrganisationIds", "committedOrganisations", "partnershipId", "priority", "votes",
                "proposedAt", "amendedAt");
    }

    /** The follow-up actions: which organisation does what by when, for which proposal, and where it stands. */
    public Table actions(WorkshopId workshopId, Audience audience, Function<String, String> organisationNames) {
        BoardDocument board = history.documentAt(workshopId, null);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProposalView proposal : BoardView.of(board, audience, null).proposals()) {
            for (ActionView action : proposal.actions()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("actionId", action.actionId());
                row.put("proposalId", proposal.proposalId());
                row.put("proposal", proposal.title());
                row.put("organisationId", action.organisationId());
                row.put("organisation", nameOf(action.organisationId(), organisationNames));
                row.put("what", action.what());
                row.put("due", action.due());
                row.put("status", action.status());
                row.put("agreedAt", Objects.toString(action.agreedAt(), null));
                row.put("updatedAt", Objects.toString(action.updatedAt(), null));
                rows.add(row);
            }
        }
        return table(board, rows, "actionId", "proposalId", "proposal", "organisationId", "organisation", "what", "due",
                "status", "agreedAt", "updatedAt");
    }

    /**
     * The partnerships formed in the workshop, as the partnerships read model says them (whether one
     * strengthens an earlier link is a matter of the whole programme).
     */
    public Table partnerships(WorkshopId workshopId, List<PartnershipView> partnerships,
                              Function<String, String> organisationNames) {
        BoardDocument board = history.documentAt(workshopId, null);
        Map<String, String> titles = new LinkedHashMap<>();
        board.getProposals().forEach(proposal -> titles.put(proposal.proposalId(), proposal.title()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PartnershipView partnership : partnerships) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("partnershipId", partnership.partnershipId());
            row.put("proposalId", partnership.proposalId());
            row.put("proposal", titles.get(partnership.proposalId()));
            row.put("organisationIds", partnership.organisationIds());
            row.put("organisations", partnership.organisationIds().stream()
                    .map(id -> nameOf(id, organisationNames)).toList());
            row.put("formedAt", Objects.toString(partnership.formedAt(), null));
            row.put("strengthened", partnership.strengthened());
            row.put("status", partnership.status());
            row.put("dissolvedAt", Objects.toString(partnership.dissolvedAt(), null));
            rows.add(row);
        }
        return table(board, rows, "partnershipId", "proposalId", "proposal", "organisationIds", "organisations",
                "formedAt", "strengthened", "status", "dissolvedAt");
    }

    private static String nameOf(String organisationId, Function<String, String> organisationNames) {
        return organisationId == null ? null : organisationNames.apply(organisationId);
    }

    private static String displayName(BoardDocument board, String participantId) {
        return participantId == null ? null : board.getParticipants().stream()
                .filter(participant -> participant.participantId().equals(participantId))
                .map(ParticipantEntry::displayName).findFirst().orElse(null);
    }

    /** Points and criteria results, ranked within each phase, as the audience may see them. */
    public Table scores(WorkshopId workshopId, Audience audience) {
        BoardDocument board = history.documentAt(workshopId, null);
        return table(board, ScoringResults.rows(board, BoardView.of(board, audience, null)), ScoringResults.COLUMNS);
    }

    private static Table table(BoardDocument board, List<Map<String, Object>> rows, String... columns) {
        return new Table(board.getWorkshopId(), board.getVersion(), List.of(columns), List.copyOf(rows));
    }
}
