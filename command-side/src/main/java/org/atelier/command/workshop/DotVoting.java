package org.atelier.command.workshop;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.atelier.command.workshop.WorkshopRejections.BudgetUsedUp;
import org.atelier.command.workshop.WorkshopRejections.IdeaCapReached;
import org.atelier.shared.cluster.ClusterDissolved;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.idea.IdeaHidden;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.proposal.ProposalWithdrawn;
import org.atelier.shared.vote.CastClusterVote;
import org.atelier.shared.vote.CastVote;
import org.atelier.shared.vote.ClusterVoteCast;
import org.atelier.shared.vote.ClusterVoteRetracted;
import org.atelier.shared.vote.ProposalVoteCast;
import org.atelier.shared.vote.ProposalVoteRetracted;
import org.atelier.shared.vote.RetractClusterVote;
import org.atelier.shared.vote.RetractVote;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.vote.VoteRetracted;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Dot voting: during the VOTE step, participants put dots on the ideas and clusters of the phase now
 * open (and on proposals, whose entities ask here whether a dot fits), within the workshop's budget
 * per participant and phase and its cap per target. The dots themselves are kept in the
 * {@link Ballot}.
 */
class DotVoting {

    private final Room room;
    private final Ideas ideas;
    private final Clusters clusters;
    private final Scoring scoring;
    private final Ballot ballot = new Ballot();
    private int votesPerParticipant;
    private int maxVotesPerIdea;

    DotVoting(Room room, Ideas ideas, Clusters clusters, Scoring scoring) {
        this.room = room;
        this.ideas = ideas;
        this.clusters = clusters;
        this.scoring = scoring;
    }

    /** One more dot of the voter on the target stays within the budget and the cap per target. */
    void dotFits(ParticipantId voter, VoteTarget target) {
        scoring.mustVoteWithDots();
        if (!ballot.hasDotsLeft(room.phase(), voter, votesPerParticipant)) {
            throw new BudgetUsedUp(votesPerParticipant);
        }
        if (isCapped() && ballot.dotsOn(room.phase(), voter, target) >= maxVotesPerIdea) {
            throw new IdeaCapReached(maxVotesPerIdea);
        }
    }

    /** The voter has a dot on the target in the phase now open. */
    boolean hasVoted(ParticipantId voter, VoteTarget target) {
        return ballot.hasVoted(room.phase(), voter, target);
    }

    /** Anyone has a dot on the target in the phase. */
    boolean hasAnyDots(Phase phase, VoteTarget target) {
        return ballot.hasAnyDots(phase, target);
    }

    @CommandHandler
    long handle(CastVote command) {
        room.mayVote(command.voter());
        ideas.mustBeVotable(command.ideaId());
        dotFits(command.voter(), VoteTarget.idea(command.ideaId()));
        apply(new VoteCast(room.workshopId(), command.voter(), command.ideaId(), room.phase(), command.at()));
        return Workshop.position();
    }

    @CommandHandler
    long handle(CastClusterVote command) {
        room.mayVote(command.voter());
        clusters.mustBeOfThisPhase(command.clusterId());
        dotFits(command.voter(), VoteTarget.cluster(command.clusterId()));
        apply(new ClusterVoteCast(room.workshopId(), command.voter(), command.clusterId(), room.phase(),
                command.at()));
        return Workshop.position();
    }

    @CommandHandler
    long handle(RetractVote command) {
        room.mayVote(command.voter());
        if (hasVoted(command.voter(), VoteTarget.idea(command.ideaId()))) {
            apply(new VoteRetracted(room.workshopId(), command.voter(), command.ideaId(), room.phase(),
                    command.at()));
        }
        return Workshop.position();
    }

    @CommandHandler
    long handle(RetractClusterVote command) {
        room.mayVote(command.voter());
        if (hasVoted(command.voter(), VoteTarget.cluster(command.clusterId()))) {
            apply(new ClusterVoteRetracted(room.workshopId(), command.voter(), command.clusterId(), room.phase(),
                    command.at()));
        }
        return Workshop.position();
    }

    /** The workshop limits the dots one voter puts on one target (0: no limit). */
    private boolean isCapped() {
        return maxVotesPerIdea > 0;
    }

    @EventSourcingHandler
    void on(WorkshopScheduled event) {
        votesPerParticipant = event.votesPerParticipant();
        maxVotesPerIdea = event.maxVotesPerIdea();
    }

    @EventSourcingHandler
    void on(VoteCast event) {
        ballot.cast(event.phase(), event.voter(), VoteTarget.idea(event.ideaId()));
    }

    @EventSourcingHandler
    void on(VoteRetracted event) {
        ballot.retract(event.phase(), event.voter(), VoteTarget.idea(event.ideaId()));
    }

    @EventSourcingHandler
    void on(ClusterVoteCast event) {
        ballot.cast(event.phase(), event.voter(), VoteTarget.cluster(event.clusterId()));
    }

    @EventSourcingHandler
    void on(ClusterVoteRetracted event) {
        ballot.retract(event.phase(), event.voter(), VoteTarget.cluster(event.clusterId()));
    }

    @EventSourcingHandler
    void on(ProposalVoteCast event) {
        ballot.cast(event.phase(), event.voter(), VoteTarget.proposal(event.proposalId()));
    }

    @EventSourcingHandler
    void on(ProposalVoteRetracted event) {
        ballot.retract(event.phase(), event.voter(), VoteTarget.proposal(event.proposalId()));
    }

    /** Dots on a merged cluster follow it into the cluster it joined. */
    @EventSourcingHandler
    void on(ClustersMerged event) {
        ballot.move(VoteTarget.cluster(event.clusterId()), VoteTarget.cluster(event.into()));
    }

    /** Dots on what leaves the board go back to their voters. */
    @EventSourcingHandler
    void on(ClusterDissolved event) {
        ballot.discard(VoteTarget.cluster(event.clusterId()));
    }

    @EventSourcingHandler
    void on(IdeaWithdrawn event) {
        ballot.discard(VoteTarget.idea(event.ideaId()));
    }

    @EventSourcingHandler
    void on(IdeaHidden event) {
        ballot.discard(VoteTarget.idea(event.ideaId()));
    }

    @EventSourcingHandler
    void on(ProposalWithdrawn event) {
        ballot.discard(VoteTarget.proposal(event.proposalId()));
    }
}
