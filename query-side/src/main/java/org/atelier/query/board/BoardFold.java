package org.atelier.query.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.atelier.query.board.BoardDocument.ClusterEntry;
import org.atelier.query.board.BoardDocument.IdeaEntry;
import org.atelier.query.board.BoardDocument.ObjectionEntry;
import org.atelier.query.board.BoardDocument.ParticipantEntry;
import org.atelier.query.board.BoardDocument.PhaseSettingEntry;
import org.atelier.query.board.BoardDocument.SessionEntry;
import org.atelier.query.board.BoardDocument.TimerEntry;
import org.atelier.query.fold.EventCases;
import org.atelier.shared.cluster.ClusterCreated;
import org.atelier.shared.cluster.ClusterDissolved;
import org.atelier.shared.cluster.ClusterRenamed;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.cluster.IdeaClustered;
import org.atelier.shared.idea.IdeaEdited;
import org.atelier.shared.idea.IdeaHidden;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.moderation.IdeaApproved;
import org.atelier.shared.moderation.IdeaRejected;
import org.atelier.shared.moderation.IdeaSubmitted;
import org.atelier.shared.moderation.PhaseModerated;
import org.atelier.shared.objection.ObjectionParked;
import org.atelier.shared.organisation.OrganisationRegistered;
import org.atelier.shared.organisation.OrganisationUpdated;
import org.atelier.shared.timer.TimerExtended;
import org.atelier.shared.timer.TimerPaused;
import org.atelier.shared.timer.TimerResumed;
import org.atelier.shared.timer.TimerStarted;
import org.atelier.shared.timer.TimerStopped;
import org.atelier.shared.vote.ClusterVoteCast;
import org.atelier.shared.vote.ClusterVoteRetracted;
import org.atelier.shared.vote.DotsOnMerge;
import org.atelier.shared.vote.ProposalVoteCast;
import org.atelier.shared.vote.ProposalVoteRetracted;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.vote.VoteRetracted;
import org.atelier.shared.workshop.FacilitatorAdded;
import org.atelier.shared.workshop.FacilitatorRemoved;
import org.atelier.shared.workshop.IdeasRevealed;
import org.atelier.shared.workshop.ParticipantAttended;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.ParticipantReady;
import org.atelier.shared.workshop.ParticipantRemoved;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseAdvanced;
import org.atelier.shared.workshop.PhaseConfigured;
import org.atelier.shared.workshop.PhaseReverted;
import org.atelier.shared.workshop.RejoinCodeReplaced;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.StepAdvanced;
import org.atelier.shared.workshop.StepReverted;
import org.atelier.shared.workshop.WorkshopClosed;
import org.atelier.shared.workshop.WorkshopScheduled;

/**
 * How a workshop's events change its board. The same fold serves the live projection and any
 * rebuild or replay, so they cannot disagree. Every event type is either a case here (or in
 * {@link ProposalFold}, {@link ScoringFold}) or declared ignored.
 */
public final class BoardFold {

    static final String RUNNING = "RUNNING";
    static final String PAUSED = "PAUSED";

    static final EventCases<BoardDocument, Instant> CASES = ScoringFold.addTo(ProposalFold.addTo(EventCases.builder()))
            .on(WorkshopScheduled.class, (board, e, at) -> scheduled(board, e))
            .on(ParticipantJoined.class, (board, e, at) -> board.getParticipants().add(participantOf(e)))
            .on(ParticipantRemoved.class, (board, e, at) -> {
                board.getParticipants().removeIf(participant -> participant.participantId().equals(e.participantId().value()));
                board.getReady().remove(e.participantId().value());
            })
            .on(PhaseAdvanced.class, (board, e, at) -> enterPhase(board, e.to(), e.step()))
            .on(PhaseReverted.class, (board, e, at) -> enterPhase(board, e.to(), e.step()))
            .on(StepAdvanced.class, (board, e, at) -> enterStep(board, e.to()))
            .on(StepReverted.class, (board, e, at) -> enterStep(board, e.to()))
            .on(TimerStarted.class, (board, e, at) -> board.setTimer(new TimerEntry(RUNNING, e.seconds(), e.endsAt(), 0)))
            .on(TimerPaused.class, (board, e, at) -> board.setTimer(
                    new TimerEntry(PAUSED, board.getTimer().seconds(), null, e.remainingSeconds())))
            .on(TimerResumed.class, (board, e, at) -> board.setTimer(
                    new TimerEntry(RUNNING, board.getTimer().seconds(), e.endsAt(), 0)))
            .on(TimerExtended.class, (board, e, at) -> {
                TimerEntry timer = board.getTimer();
                board.setTimer(new TimerEntry(timer.state(), timer.seconds() + e.seconds(), e.endsAt(),
                        RUNNING.equals(timer.state()) ? 0 : e.remainingSeconds()));
            })
            .on(TimerStopped.class, (board, e, at) -> board.setTimer(null))
            .on(ObjectionParked.class, (board, e, at) -> board.getObjections().add(new ObjectionEntry(e.objectionId(),
                    e.text(), e.author().value(), e.organisationId().value(), e.at())))
            .on(PhaseConfigured.class, (board, e, at) -> {
                PhaseSettingEntry before = board.settingsOf(e.phase().name());
                replaceSettings(board, new PhaseSettingEntry(e.phase().name(), e.privateWriting(), e.anonymous(),
                        e.hiddenTallies(), before.revealed()));
            })
            .on(IdeasRevealed.class, (board, e, at) -> {
                PhaseSettingEntry before = board.settingsOf(e.phase().name());
                replaceSettings(board, new PhaseSettingEntry(before.phase(), before.privateWriting(), before.anonymous(),
                        before.hiddenTallies(), true));
            })
            .on(ParticipantReady.class, (board, e, at) -> board.getReady().add(e.participantId().value()))
            .on(IdeaPosted.class, (board, e, at) -> board.getIdeas().add(ideaOf(e)))
            .on(PhaseModerated.class, (board, e, at) -> IdeaModeration.moderated(board, e))
            .on(IdeaSubmitted.class, (board, e, at) -> IdeaModeration.submitted(board, e))
            .on(IdeaApproved.class, (board, e, at) -> IdeaModeration.approved(board, e))
            .on(IdeaRejected.class, (board, e, at) -> IdeaModeration.rejected(board, e))
            .on(IdeaEdited.class, (board, e, at) -> updateIdea(board, e.ideaId(), idea -> idea.withText(e.text(), e.at())))
            .on(IdeaWithdrawn.class, (board, e, at) -> removeIdea(board, e.ideaId()))
            .on(IdeaHidden.class, (board, e, at) -> removeIdea(board, e.ideaId()))
            .on(ClusterCreated.class, (board, e, at) -> board.getClusters().add(clusterOf(e)))
            .on(ClusterRenamed.class, (board, e, at) -> updateCluster(board, e.clusterId().value(),
                    cluster -> cluster.withTitle(e.title())))
            .on(ClustersMerged.class, (board, e, at) -> {
                mergeDots(board, e.clusterId().value(), e.into().value());
                board.getClusters().removeIf(cluster -> cluster.clusterId().equals(e.clusterId().value()));
                reassignIdeas(board, e.clusterId().value(), e.into().value());
            })
            .on(ClusterDissolved.class, (board, e, at) -> {
                board.getClusters().removeIf(cluster -> cluster.clusterId().equals(e.clusterId().value()));
                reassignIdeas(board, e.clusterId().value(), null);
            })
            .on(IdeaClustered.class, (board, e, at) -> updateIdea(board, e.ideaId(),
                    idea -> idea.inCluster(e.clusterId() == null ? null : e.clusterId().value())))
            .on(VoteCast.class, (board, e, at) -> {
                updateIdea(board, e.ideaId(), idea -> idea.withVotes(idea.votes() + 1));
                countDot(board, e.voter().value(), BoardDocument.ideaDot(e.phase().name(), e.ideaId().value()), 1);
            })
            .on(VoteRetracted.class, (board, e, at) -> {
                updateIdea(board, e.ideaId(), idea -> idea.withVotes(idea.votes() - 1));
                countDot(board, e.voter().value(), BoardDocument.ideaDot(e.phase().name(), e.ideaId().value()), -1);
            })
            .on(ClusterVoteCast.class, (board, e, at) -> {
                updateCluster(board, e.clusterId().value(), cluster -> cluster.withVotes(cluster.votes() + 1));
                countDot(board, e.voter().value(), BoardDocument.clusterDot(e.phase().name(), e.clusterId().value()), 1);
            })
            .on(ClusterVoteRetracted.class, (board, e, at) -> {
                updateCluster(board, e.clusterId().value(), cluster -> cluster.withVotes(cluster.votes() - 1));
                countDot(board, e.voter().value(), BoardDocument.clusterDot(e.phase().name(), e.clusterId().value()),
                        -1);
            })
            .on(ProposalVoteCast.class, (board, e, at) -> {
                ProposalFold.countVotes(board, e.proposalId(), 1);
                countDot(board, e.voter().value(), BoardDocument.proposalDot(e.phase().name(), e.proposalId().value()),
                        1);
            })
            .on(ProposalVoteRetracted.class, (board, e, at) -> {
                ProposalFold.countVotes(board, e.proposalId(), -1);
                countDot(board, e.voter().value(), BoardDocument.proposalDot(e.phase().name(), e.proposalId().value()),
                        -1);
            })
            // The room's phase is already CLOSED: the PhaseAdvanced before it said so.
            .ignoring(WorkshopClosed.class)
            // The register's, not a workshop's.
            .ignoring(OrganisationRegistered.class, OrganisationUpdated.class)
            // Who runs the room and who came when: read from the stream by WorkshopPeople.
            .ignoring(FacilitatorAdded.class, FacilitatorRemoved.class, RejoinCodeReplaced.class,
                    ParticipantAttended.class)
            .build();

    private BoardFold() {
    }

    /** Applies one event at its position; the board's version becomes that position. */
    public static void apply(BoardDocument board, Object event, long position, Instant at) {
        CASES.apply(board, event, at);
        board.setVersion(position);
        board.setUpdatedAt(at);
    }

    private static void scheduled(BoardDocument board, WorkshopScheduled e) {
        board.setWorkshopId(e.workshopId().value());
        board.setTitle(e.title());
        board.setTheme(e.theme());
        board.setProgramme(e.programme());
        board.setSessions(e.sessions().stream()
                .map(s -> new SessionEntry(s.phase().name(), s.start(), s.end()))
                .toList());
        board.setVotesPerParticipant(e.votesPerParticipant());
        board.setMaxVotesPerIdea(e.maxVotesPerIdea());
        board.setPhase("PREPARATION");
        board.setStep(null);
    }

    private static void enterPhase(BoardDocument board, Phase phase, Step step) {
        board.setPhase(phase.name());
        board.setStep(step == null ? null : step.name());
        startStep(board);
    }

    private static void enterStep(BoardDocument board, Step step) {
        board.setStep(step.name());
        startStep(board);
    }

    /** A new step starts with no countdown and nobody done yet. */
    private static void startStep(BoardDocument board) {
        board.setTimer(null);
        board.setReady(new ArrayList<>());
    }

    static ParticipantEntry participantOf(ParticipantJoined joined) {
        return new ParticipantEntry(joined.participantId().value(), joined.displayName(),
                joined.organisationId().value(), joined.at());
    }

    static ClusterEntry clusterOf(ClusterCreated created) {
        return new ClusterEntry(created.clusterId().value(), created.title(), created.phase().name(), 0);
    }

    static IdeaEntry ideaOf(IdeaPosted posted) {
        return new IdeaEntry(posted.ideaId().value(), posted.text(), posted.author().value(),
                posted.organisationId().value(), posted.phase().name(), null, 0, values(posted.inspiredBy()),
                posted.at(), null);
    }

    private static List<String> values(List<IdeaId> ids) {
        return ids.stream().map(IdeaId::value).toList();
    }

    private static void updateIdea(BoardDocument board, IdeaId ideaId, UnaryOperator<IdeaEntry> change) {
        int position = board.positionOfIdea(ideaId.value());
        if (position >= 0) {
            board.getIdeas().set(position, change.apply(board.getIdeas().get(position)));
        }
    }

    private static void updateCluster(BoardDocument board, String clusterId, UnaryOperator<ClusterEntry> change) {
        List<ClusterEntry> clusters = new ArrayList<>(board.getClusters());
        clusters.replaceAll(cluster -> cluster.clusterId().equals(clusterId) ? change.apply(cluster) : cluster);
        board.setClusters(clusters);
    }

    private static void countDot(BoardDocument board, String voter, String key, int delta) {
        board.getDots().computeIfAbsent(voter, v -> new HashMap<>()).merge(key, delta, Integer::sum);
    }

    /**
     * A merged cluster's tally and every voter's dots and points on it go to the cluster it joins
     * ({@link DotsOnMerge}).
     */
    private static void mergeDots(BoardDocument board, String fromCluster, String intoCluster) {
        board.getClusters().stream()
                .filter(cluster -> cluster.clusterId().equals(fromCluster) && cluster.votes() != 0)
                .findFirst()
                .ifPresent(merged -> updateCluster(board, intoCluster,
                        cluster -> cluster.withVotes(cluster.votes() + merged.votes())));
        String phase = board.getClusters().stream().filter(cluster -> cluster.clusterId().equals(fromCluster))
                .map(ClusterEntry::phase).findFirst().orElse(null);
        if (phase == null) {
            return;
        }
        String from = BoardDocument.clusterDot(phase, fromCluster);
        String into = BoardDocument.clusterDot(phase, intoCluster);
        Map<String, Map<String, Integer>> dots = new HashMap<>();
        board.getDots().forEach((voter, ballot) -> dots.put(voter, DotsOnMerge.follow(ballot, from, into)));
        board.setDots(dots);
        // Points follow the merged cluster the same way (scores on it are left: an average does not add up).
        Map<String, Map<String, Integer>> points = new HashMap<>();
        board.getScoring().getPoints().forEach((voter, mine) -> points.put(voter, DotsOnMerge.follow(mine, from, into)));
        board.getScoring().setPoints(points);
    }

    private static void replaceSettings(BoardDocument board, PhaseSettingEntry settings) {
        List<PhaseSettingEntry> all = new ArrayList<>(board.getSettings());
        all.removeIf(entry -> entry.phase().equals(settings.phase()));
        all.add(settings);
        board.setSettings(all);
    }

    private static void reassignIdeas(BoardDocument board, String fromCluster, String toCluster) {
        List<IdeaEntry> ideas = new ArrayList<>(board.getIdeas());
        ideas.replaceAll(idea -> fromCluster.equals(idea.clusterId()) ? idea.inCluster(toCluster) : idea);
        board.setIdeas(ideas);
    }

    private static void removeIdea(BoardDocument board, IdeaId ideaId) {
        board.getIdeas().removeIf(idea -> idea.ideaId().equals(ideaId.value()));
    }
}
