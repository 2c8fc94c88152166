package org.atelier.command.workshop;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Optional;

import org.atelier.command.workshop.WorkshopRejections.FirstStep;
import org.atelier.command.workshop.WorkshopRejections.LastStep;
import org.atelier.command.workshop.WorkshopRejections.NoPhaseToGoBackTo;
import org.atelier.command.workshop.WorkshopRejections.NotVoting;
import org.atelier.command.workshop.WorkshopRejections.PhaseMovedOn;
import org.atelier.command.workshop.WorkshopRejections.StepMovedOn;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.workshop.AdvancePhase;
import org.atelier.shared.workshop.AdvanceStep;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseAdvanced;
import org.atelier.shared.workshop.PhaseBack;
import org.atelier.shared.workshop.PhaseReverted;
import org.atelier.shared.workshop.ScheduleWorkshop;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.StepAdvanced;
import org.atelier.shared.workshop.StepBack;
import org.atelier.shared.workshop.StepReverted;
import org.atelier.shared.workshop.WorkshopClosed;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One workshop and everything that happens in it. Every change in the room is an event of this
 * aggregate, so the stream's sequence orders the workshop's changes without gaps: a change's
 * position is its sequence number plus one. Command handlers return the position the caller must
 * see on the board.
 *
 * <p>The workshop itself decides its phases and steps (forward and back). Each other group of rules
 * is a part of the aggregate, on the same stream and taking the same positions: {@link People},
 * {@link Ideas}, {@link Clusters}, {@link DotVoting}, {@link Scoring}, {@link Moderation},
 * {@link StepPace}, {@link PhaseOptions}, {@link Objections} and the project {@link Proposals}. As
 * their {@link Room}, the workshop tells them the phase and step, who represents which organisation,
 * and which ideas and clusters exist.
 *
 * <p>Public only because the bean definitions made at build time (Spring AOT) name it from Axon's
 * packages; nothing outside this package uses it.
 */
@Aggregate(cache = "workshopCache")
public class Workshop implements Room {

    @AggregateIdentifier
    private WorkshopId workshopId;
    private Phase phase;
    private Step step;
    @AggregateMember
    private final People people = new People(this);
    @AggregateMember
    private final Proposals proposals = new Proposals(this);
    @AggregateMember
    private final Scoring scoring = new Scoring(this);
    @AggregateMember
    private final Moderation moderation = new Moderation(this);
    @AggregateMember
    private final Ideas ideas = new Ideas(this, moderation);
    @AggregateMember
    private final Clusters clusters = new Clusters(this, ideas);
    @AggregateMember
    private final DotVoting dots = new DotVoting(this, ideas, clusters, scoring);
    @AggregateMember
    private final StepPace pace = new StepPace(this);
    @AggregateMember
    private final PhaseOptions options = new PhaseOptions(this, scoring);
    @AggregateMember
    private final Objections objections = new Objections(this);

    Workshop() {
        // for Axon
    }

    @CommandHandler
    Workshop(ScheduleWorkshop command, JoinCodes joinCodes) {
        WorkshopDraft draft = WorkshopDraft.of(command);
        joinCodes.claim(command.joinCode(), command.workshopId());
        apply(new WorkshopScheduled(command.workshopId(), draft.title(), draft.theme(), draft.programme(),
                draft.sessions(), draft.votesPerParticipant(), draft.maxVotesPerIdea(), command.joinCode(), command.at()));
    }

    @CommandHandler
    long handle(AdvancePhase command) {
        mustStillBe(command.expectedPhase());
        mustNotBeClosedTo("advance");
        Phase next = phase.next();
        apply(new PhaseAdvanced(workshopId, phase, next, next.isOpen() ? Step.COLLECT : null, command.at()));
        if (next == Phase.CLOSED) {
            apply(new WorkshopClosed(workshopId, command.at()));
        }
        return position();
    }

    @CommandHandler
    long handle(AdvanceStep command) {
        mustBeOpenTo("advance the step");
        mustStillBeAt(command.expectedStep());
        if (!step.hasNext()) {
            throw new LastStep();
        }
        apply(new StepAdvanced(workshopId, phase, step, step.next(), command.at()));
        return position();
    }

    @CommandHandler
    long handle(StepBack command) {
        mustBeOpenTo("go back a step");
        mustStillBeAt(command.expectedStep());
        if (!step.hasPrevious()) {
            throw new FirstStep();
        }
        apply(new StepReverted(workshopId, phase, step, step.previous(), command.at()));
        return position();
    }

    @CommandHandler
    long handle(PhaseBack command) {
        mustStillBe(command.expectedPhase());
        if (!canGoBack()) {
            throw new NoPhaseToGoBackTo(phase);
        }
        Phase previous = phase.previous();
        apply(new PhaseReverted(workshopId, phase, previous, previous.isOpen() ? Step.DISCUSS : null, command.at()));
        return position();
    }

    /** The facilitator moves on from the phase they see: refuses when it already changed. */
    private void mustStillBe(Phase expected) {
        if (phase != expected) {
            throw new PhaseMovedOn(expected, phase);
        }
    }

    /** The facilitator moves on from the step they see: refuses when it already changed. */
    private void mustStillBeAt(Step expected) {
        if (step != expected) {
            throw new StepMovedOn(expected, step);
        }
    }

    /** Back from an open phase to the one before (PREPARATION included); a closed workshop stays closed. */
    private boolean canGoBack() {
        return phase.isOpen();
    }

    /** Dots are put and taken back by the workshop's participants, during the VOTE step only. */
    @Override
    public void mayVote(ParticipantId voter) {
        organisationOf(voter);
        if (step != Step.VOTE) {
            throw new NotVoting(phase, step);
        }
    }

    /** One more dot of the voter on the proposal stays within the budget and the cap per target. */
    @Override
    public void dotFits(ParticipantId voter, ProposalId proposalId) {
        dots.dotFits(voter, VoteTarget.proposal(proposalId));
    }

    @Override
    public OrganisationId organisationOf(ParticipantId participant) {
        return people.organisationOf(participant);
    }

    @Override
    public WorkshopId workshopId() {
        return workshopId;
    }

    @Override
    public Phase phase() {
        return phase;
    }

    @Override
    public Step step() {
        return step;
    }

    @Override
    public boolean isRepresented(OrganisationId organisation) {
        return people.isRepresented(organisation);
    }

    @Override
    public Optional<PostedIdea> idea(IdeaId ideaId) {
        return ideas.idea(ideaId);
    }

    @Override
    public boolean hasCluster(ClusterId clusterId) {
        return clusters.exists(clusterId);
    }

    @Override
    public void mustBeVoteTarget(VoteTarget target) {
        switch (target.kind()) {
            case IDEA -> ideas.mustBeVotable(target.ideaId());
            case CLUSTER -> clusters.mustBeOfThisPhase(target.clusterId());
            case PROPOSAL -> proposals.mustBeOpen(target.proposalId());
        }
    }

    @Override
    public boolean isVotedOn(IdeaId ideaId) {
        VoteTarget idea = VoteTarget.idea(ideaId);
        return dots.hasAnyDots(phase, idea) || scoring.hasVotesOn(phase, idea);
    }

    @Override
    public boolean hasVotedOn(ParticipantId voter, ProposalId proposalId) {
        return dots.hasVoted(voter, VoteTarget.proposal(proposalId));
    }

    /** The position of the last change of this workshop: its sequence number, counted from one. */
    static long position() {
        return AggregateLifecycle.getVersion() + 1;
    }

    @EventSourcingHandler
    void on(WorkshopScheduled event) {
        workshopId = event.workshopId();
        phase = Phase.PREPARATION;
    }

    @EventSourcingHandler
    void on(PhaseAdvanced event) {
        phase = event.to();
        step = event.step();
    }

    @EventSourcingHandler
    void on(StepReverted event) {
        step = event.to();
    }

    @EventSourcingHandler
    void on(PhaseReverted event) {
        phase = event.to();
        step = event.step();
    }

    @EventSourcingHandler
    void on(StepAdvanced event) {
        step = event.to();
    }
}
