package org.atelier.query.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.atelier.query.board.BoardDocument.IdeaEntry;
import org.atelier.query.board.BoardDocument.PhaseSettingEntry;
import org.atelier.shared.workshop.Audience;
import org.atelier.shared.workshop.ParticipantId;

/**
 * The board as the public API shows it to one audience: ideas still written privately appear only
 * to their author (and evaluators), the others see how many there are; in an anonymous phase the
 * room sees no authors, evaluators see organisations but not persons; hidden tallies read 0 for
 * the room until the VOTE step ends. A participant also sees their own dots in the phase now open
 * ({@code myVotes}) and how many are left; {@code serverTime} is set by whoever answers the read.
 */
public record BoardView(String workshopId, String phase, String step, List<IdeaView> ideas,
                        List<ClusterView> clusters, List<ProposalView> proposals, long version,
                        TimerView timer, List<String> ready, int privateIdeas, List<PhaseSettingsView> settings,
                        List<ObjectionView> objections, int votesPerParticipant, int maxVotesPerIdea,
                        List<MyVote> myVotes, Integer votesLeft, Instant serverTime,
                        List<ScoringViews.MyPoints> myPoints, List<ScoringViews.MyRating> myRatings) {

    public BoardView(String workshopId, String phase, String step, List<IdeaView> ideas, List<ClusterView> clusters,
                     List<ProposalView> proposals, long version, TimerView timer, List<String> ready, int privateIdeas,
                     List<PhaseSettingsView> settings, List<ObjectionView> objections, int votesPerParticipant,
                     int maxVotesPerIdea, List<MyVote> myVotes, Integer votesLeft, Instant serverTime) {
        this(workshopId, phase, step, ideas, clusters, proposals, version, timer, ready, privateIdeas, settings,
                objections, votesPerParticipant, maxVotesPerIdea, myVotes, votesLeft, serverTime, List.of(), List.of());
    }

    /** The viewer's dots on one idea, one cluster or one proposal (the other ids are {@code null}). */
    public record MyVote(String ideaId, String clusterId, String proposalId, int votes) {

        public MyVote(String ideaId, String clusterId, int votes) {
            this(ideaId, clusterId, null, votes);
        }
    }

    /** Parked during UTOPIA; the room sees them once REALIZATION opens, evaluators always. */
    public record ObjectionView(String objectionId, String text) {
    }

    /** The step's countdown; screens show {@code endsAt} minus the server's time (state RUNNING) or {@code remainingSeconds} (PAUSED). */
    public record TimerView(String state, long seconds, Instant endsAt, long remainingSeconds) {
    }

    /**
     * {@code moderation} is APPROVED, PENDING or REJECTED (then with {@code rejectionReason}); only
     * the facilitator and the author ever read the last two. {@code points} in a POINTS phase,
     * {@code ratings} in a CRITERIA phase, neither with dots.
     */
    public record IdeaView(String ideaId, String text, String participantId, String organisationId, String phase,
                           String clusterId, int votes, List<String> inspiredBy, String moderation,
                           String rejectionReason,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Integer points,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<ScoringViews.RatingView> ratings) {

        public IdeaView(String ideaId, String text, String participantId, String organisationId, String phase,
                        String clusterId, int votes, List<String> inspiredBy, String moderation,
                        String rejectionReason) {
            this(ideaId, text, participantId, organisationId, phase, clusterId, votes, inspiredBy, moderation,
                    rejectionReason, null, null);
        }
    }

    public record ClusterView(String clusterId, String title, String phase, List<String> ideaIds, int votes,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer points,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<ScoringViews.RatingView> ratings) {

        public ClusterView(String clusterId, String title, String phase, List<String> ideaIds, int votes) {
            this(clusterId, title, phase, ideaIds, votes, null, null);
        }
    }

    /**
     * A project proposal: {@code derivedFrom} lists its ideas, {@code commitments} the organisations
     * committed to it, {@code partnershipId} the partnership standing on it ({@code null} while none);
     * {@code priority} is the facilitator's rank ({@code null}: not ranked).
     */
    public record ProposalView(String proposalId, String workshopId, String title, String description,
                               List<String> derivedFrom, List<String> derivedFromClusters, String leadOrganisationId,
                               ConditionsView conditions, String proposer, String proposerOrganisationId,
                               String status, List<CommitmentView> commitments, String partnershipId,
                               Integer priority, int votes, List<ActionView> actions, Instant proposedAt,
                               Instant amendedAt, @JsonInclude(JsonInclude.Include.NON_NULL) Integer points,
                               @JsonInclude(JsonInclude.Include.NON_NULL) List<ScoringViews.RatingView> ratings) {

        public ProposalView(String proposalId, String workshopId, String title, String description,
                            List<String> derivedFrom, List<String> derivedFromClusters, String leadOrganisationId,
                            ConditionsView conditions, String proposer, String proposerOrganisationId,
                            String status, List<CommitmentView> commitments, String partnershipId,
                            Integer priority, int votes, List<ActionView> actions, Instant proposedAt,
                            Instant amendedAt) {
            this(proposalId, workshopId, title, description, derivedFrom, derivedFromClusters, leadOrganisationId,
                    conditions, proposer, proposerOrganisationId, status, commitments, partnershipId, priority, votes,
                    actions, proposedAt, amendedAt, null, null);
        }

        public record ConditionsView(String resources, String obstacles, String firstSteps, String timeline) {
        }

        public record CommitmentView(String organisationId, Instant at) {
        }

        /** A follow-up action: {@code due} is an ISO-8601 date or {@code null}. */
        public record ActionView(String actionId, String organisationId, String what, String due, String status,
                                 Instant agreedAt, Instant updatedAt) {
        }
    }

    /**
     * A phase's settings; {@code votingMode} DOTS, POINTS or CRITERIA, {@code criteria} named for
     * CRITERIA; {@code moderated} when its ideas wait for the facilitator's approval.
     */
    public record PhaseSettingsView(String phase, boolean privateWriting, boolean anonymous, boolean hiddenTallies,
                                    boolean revealed, String votingMode, List<ScoringEntry.CriterionEntry> criteria,
                                    boolean moderated) {

        public PhaseSettingsView(String phase, boolean privateWriting, boolean anonymous, boolean hiddenTallies,
                                 boolean revealed) {
            this(phase, privateWriting, anonymous, hiddenTallies, revealed, "DOTS", List.of(), false);
        }
    }

    static BoardView of(BoardDocument board, Audience audience, ParticipantId viewer) {
        String me = viewer == null ? null : viewer.value();
        List<IdeaView> ideas = new ArrayList<>();
        int privateIdeas = 0;
        for (IdeaEntry idea : board.getIdeas()) {
            PhaseSettingEntry settings = board.settingsOf(idea.phase());
            boolean own = me != null && me.equals(idea.participantId());
            if (!IdeaModeration.mayRead(board, idea, audience, me)) {
                continue;
            }
            if (settings.awaitsReveal() && audience != Audience.EVALUATOR && !own) {
                privateIdeas++;
            } else {
                ideas.add(view(idea, settings.anonymous() && !own ? audience : null,
                        talliesHidden(board, idea.phase(), audience), board.getHeld().get(idea.ideaId())));
            }
        }
        Set<String> shown = ideas.stream().map(IdeaView::ideaId).collect(Collectors.toSet());
        ScoringViews scoring = ScoringViews.of(board, audience);
        ideas.replaceAll(idea -> new IdeaView(idea.ideaId(), idea.text(), idea.participantId(), idea.organisationId(),
                idea.phase(), idea.clusterId(), idea.votes(), idea.inspiredBy(), idea.moderation(), idea.rejectionReason(),
                scoring.ideaPoints(idea.phase(), idea.ideaId()), scoring.ideaRatings(idea.phase(), idea.ideaId())));
        List<MyVote> myVotes = myVotes(board, me);
        return new BoardView(board.getWorkshopId(), board.getPhase(), board.getStep(), ideas,
                board.getClusters().stream()
                        .map(cluster -> new ClusterView(cluster.clusterId(), cluster.title(), cluster.phase(),
                                board.getIdeas().stream()
                                        .filter(idea -> cluster.clusterId().equals(idea.clusterId()))
                                        .map(IdeaEntry::ideaId)
                                        .filter(shown::contains)
                                        .toList(),
                                talliesHidden(board, cluster.phase(), audience) ? 0 : cluster.votes(),
                                scoring.clusterPoints(cluster.phase(), cluster.clusterId()),
                                scoring.clusterRatings(cluster.phase(), cluster.clusterId())))
                        .toList(),
                ProposalViews.of(board, audience, me), board.getVersion(),
                board.getTimer() == null ? null : new TimerView(board.getTimer().state(), board.getTimer().seconds(),
                        board.getTimer().endsAt(), board.getTimer().remainingSeconds()),
                List.copyOf(board.getReady()), privateIdeas,
                settingsViews(board),
                objectionsSurface(board, audience)
                        ? board.getObjections().stream().map(o -> new ObjectionView(o.objectionId(), o.text())).toList()
                        : List.of(),
                board.getVotesPerParticipant(), board.getMaxVotesPerIdea(), myVotes,
                me == null ? null : board.getVotesPerParticipant() - myVotes.stream().mapToInt(MyVote::votes).sum(),
                null, ScoringViews.myPoints(board, me), ScoringViews.myRatings(board, me));
    }

    /** Every phase with settings, a voting mode or moderation of its own, each with its mode. */
    private static List<PhaseSettingsView> settingsViews(BoardDocument board) {
        Set<String> phases = new LinkedHashSet<>();
        board.getSettings().forEach(s -> phases.add(s.phase()));
        phases.addAll(new TreeSet<>(board.getScoring().getModes().keySet()));
        phases.addAll(new TreeSet<>(board.getModeratedPhases()));
        return phases.stream()
                .map(phase -> {
                    PhaseSettingEntry s = board.settingsOf(phase);
                    ScoringEntry.ModeEntry mode = board.getScoring().modeOf(phase);
                    return new PhaseSettingsView(s.phase(), s.privateWriting(), s.anonymous(), s.hiddenTallies(),
                            s.revealed(), mode.mode(), mode.criteria(), board.getModeratedPhases().contains(phase));
                })
                .toList();
    }

    /** The same board, as read at {@code now} on the server's clock. */
    public BoardView readAt(Instant now) {
        return new BoardView(workshopId, phase, step, ideas, clusters, proposals, version, timer, ready, privateIdeas,
                settings, objections, votesPerParticipant, maxVotesPerIdea, myVotes, votesLeft, now, myPoints,
                myRatings);
    }

    /** A phase's tallies read 0 for the room while its VOTE step runs with tallies hidden. */
    static boolean talliesHidden(BoardDocument board, String phase, Audience audience) {
        return board.settingsOf(phase).hiddenTallies() && audience != Audience.EVALUATOR
                && phase.equals(board.getPhase()) && "VOTE".equals(board.getStep());
    }

    /** The viewer's dots in the phase now open, on ideas, clusters and proposals still on the board. */
    private static List<MyVote> myVotes(BoardDocument board, String me) {
        Map<String, Integer> dots = me == null ? null : board.getDots().get(me);
        if (dots == null || board.getPhase() == null) {
            return List.of();
        }
        List<MyVote> mine = new ArrayList<>();
        for (IdeaEntry idea : board.getIdeas()) {
            int votes = dots.getOrDefault(BoardDocument.ideaDot(board.getPhase(), idea.ideaId()), 0);
            if (votes > 0) {
                mine.add(new MyVote(idea.ideaId(), null, votes));
            }
        }
        for (BoardDocument.ClusterEntry cluster : board.getClusters()) {
            int votes = dots.getOrDefault(BoardDocument.clusterDot(board.getPhase(), cluster.clusterId()), 0);
            if (votes > 0) {
                mine.add(new MyVote(null, cluster.clusterId(), votes));
            }
        }
        for (ProposalEntry proposal : board.getProposals()) {
            int votes = dots.getOrDefault(BoardDocument.proposalDot(board.getPhase(), proposal.proposalId()), 0);
            if (votes > 0 && ProposalEntry.OPEN.equals(proposal.status())) {
                mine.add(new MyVote(null, null, proposal.proposalId(), votes));
            }
        }
        return List.copyOf(mine);
    }

    private static boolean objectionsSurface(BoardDocument board, Audience audience) {
        return audience == Audience.EVALUATOR || "REALIZATION".equals(board.getPhase())
                || "CLOSED".equals(board.getPhase());
    }

    /**
     * The idea, with its author left out for an audience that may not see it ({@code null}: shown as
     * is), and its votes as 0 while tallies are hidden.
     */
    private static IdeaView view(IdeaEntry idea, Audience hiddenAuthorFor, boolean talliesHidden,
                                 IdeaModeration.HeldEntry held) {
        String participant = hiddenAuthorFor == null ? idea.participantId() : null;
        String organisation = hiddenAuthorFor == null || hiddenAuthorFor == Audience.EVALUATOR
                ? idea.organisationId() : null;
        return new IdeaView(idea.ideaId(), idea.text(), participant, organisation, idea.phase(), idea.clusterId(),
                talliesHidden ? 0 : idea.votes(), Objects.requireNonNullElse(idea.inspiredBy(), List.of()),
                held == null ? IdeaModeration.APPROVED : held.state(), held == null ? null : held.reason());
    }
}
