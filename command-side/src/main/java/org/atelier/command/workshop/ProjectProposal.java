package org.atelier.command.workshop;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.command.workshop.ProposalRejections.ActionIdTaken;
import org.atelier.command.workshop.ProposalRejections.FollowUpNotOpen;
import org.atelier.command.workshop.ProposalRejections.NotAnAuthor;
import org.atelier.command.workshop.ProposalRejections.NotCommitted;
import org.atelier.command.workshop.ProposalRejections.OrganisationNotCommitted;
import org.atelier.command.workshop.ProposalRejections.ProposalIsWithdrawn;
import org.atelier.command.workshop.ProposalRejections.UnknownAction;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.ActionAgreed;
import org.atelier.shared.proposal.ActionId;
import org.atelier.shared.proposal.ActionStatus;
import org.atelier.shared.proposal.ActionUpdated;
import org.atelier.shared.proposal.AgreeAction;
import org.atelier.shared.proposal.AmendProposal;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalAmended;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.proposal.ProposalWithdrawn;
import org.atelier.shared.proposal.UpdateAction;
import org.atelier.shared.proposal.WithdrawProposal;
import org.atelier.shared.vote.CastProposalVote;
import org.atelier.shared.vote.ProposalVoteCast;
import org.atelier.shared.vote.ProposalVoteRetracted;
import org.atelier.shared.vote.RetractProposalVote;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.EntityId;

/**
 * A project proposal, an entity of the workshop it was made in: its facts are facts of the
 * workshop's stream, so they have the workshop's positions. It decides amendments, withdrawal and
 * follow-up actions, and holds its {@link Commitments}, the part that decides commitments and so
 * partnerships; the room tells it the phase and who represents which organisation.
 *
 * <p>Its handlers answer the position of the proposal's last change: a repeated request that records
 * nothing is then shown by every read model that has taken in the proposal as it is.
 */
class ProjectProposal {

    @EntityId
    private final ProposalId proposalId;
    private final Room room;
    private final ParticipantId proposer;
    private final ProposalContent proposed;
    private final long proposedAt;
    private ProposalContent content;
    private boolean withdrawn;
    @AggregateMember
    private final Commitments commitments;
    private final Map<ActionId, FollowUpAction> actions = new HashMap<>();
    private long lastChange;

    ProjectProposal(Room room, ProjectProposed proposal, long position) {
        this.room = room;
        this.proposalId = proposal.proposalId();
        this.proposer = proposal.proposer();
        this.proposed = new ProposalContent(proposal.title(), proposal.description(), proposal.derivedFromIdeas(),
                proposal.derivedFromClusters(), proposal.leadOrganisationId(), proposal.conditions());
        this.content = proposed;
        this.proposedAt = position;
        this.lastChange = position;
        this.commitments = new Commitments(this, room, proposalId);
    }

    /** The same proposer proposing the same content again: a retry. */
    boolean isSameProposal(ParticipantId otherProposer, ProposalContent otherContent) {
        return Objects.equals(proposer, otherProposer) && proposed.equals(otherContent);
    }

    long proposedAt() {
        return proposedAt;
    }

    boolean isWithdrawn() {
        return withdrawn;
    }

    @CommandHandler
    long handle(AmendProposal command) {
        mayChange(command.amender());
        ProposalContent amended = content.amendedBy(command);
        mustBeOpenTo("amend a proposal");
        if (!amended.equals(content)) {
            amended.mustStandIn(room, content);
            apply(new ProposalAmended(room.workshopId(), proposalId, amended.title(), amended.description(),
                    amended.derivedFromIdeas(), amended.derivedFromClusters(), amended.leadOrganisationId(),
                    amended.conditions(), command.amender(), command.at()));
        }
        return lastChange();
    }

    @CommandHandler
    long handle(WithdrawProposal command) {
        mayChange(command.by());
        if (withdrawn) {
            return lastChange();
        }
        mustBeOpenTo("withdraw a proposal");
        apply(new ProposalWithdrawn(room.workshopId(), proposalId, command.by(), command.at()));
        commitments.endWithTheProposal(command.at());
        return lastChange();
    }

    @CommandHandler
    long handle(AgreeAction command) {
        mayFollowUp(command.agreedBy());
        if (command.actionId() == null) {
            throw new InvalidInput("actionId", "actionId is required.");
        }
        if (command.organisationId() == null) {
            throw new InvalidInput("organisationId", "organisationId is required: the organisation that carries the action.");
        }
        String what = FollowUpAction.what(command.what());
        FollowUpAction existing = actions.get(command.actionId());
        if (existing != null) {
            if (!existing.isSameAgreement(command.organisationId(), what, command.due())) {
                throw new ActionIdTaken(command.actionId());
            }
            return existing.agreedAt();
        }
        mustBeOpenToFollowUp();
        if (!commitments.isCommitted(command.organisationId())) {
            throw new OrganisationNotCommitted(command.organisationId(), proposalId);
        }
        apply(new ActionAgreed(room.workshopId(), proposalId, command.actionId(), command.organisationId(), what,
                command.due(), ActionStatus.PLANNED, command.agreedBy(), command.at()));
        return lastChange();
    }

    @CommandHandler
    long handle(UpdateAction command) {
        mayFollowUp(command.updatedBy());
        FollowUpAction action = actions.get(command.actionId());
        if (action == null) {
            throw new UnknownAction(command.actionId(), proposalId);
        }
        String what = command.what() == null ? action.what() : FollowUpAction.what(command.what());
        ActionStatus status = command.status() == null ? action.status() : command.status();
        LocalDate due = command.due() == null ? action.due() : command.due();
        mustBeOpenToFollowUp();
        if (status != action.status() || !what.equals(action.what()) || !Objects.equals(due, action.due())) {
            apply(new ActionUpdated(room.workshopId(), proposalId, command.actionId(), status, what, due,
                    command.updatedBy(), command.at()));
        }
        return lastChange();
    }

    /** The room prioritises proposals with its dots, at the VOTE step of REALIZATION, within the same budget. */
    @CommandHandler
    long handle(CastProposalVote command) {
        room.mayVote(command.voter());
        mustBeOpenTo("put a dot on a proposal");
        room.dotFits(command.voter(), proposalId);
        apply(new ProposalVoteCast(room.workshopId(), command.voter(), proposalId, room.phase(), command.at()));
        return Workshop.position();
    }

    @CommandHandler
    long handle(RetractProposalVote command) {
        room.mayVote(command.voter());
        if (room.hasVotedOn(command.voter(), proposalId)) {
            apply(new ProposalVoteRetracted(room.workshopId(), command.voter(), proposalId, room.phase(),
                    command.at()));
        }
        return Workshop.position();
    }

    /** Its authors (the proposer, the participants of its lead organisation) and the facilitator ({@code null}). */
    private void mayChange(ParticipantId participant) {
        if (participant == null) {
            return;
        }
        OrganisationId organisation = room.organisationOf(participant);
        if (!participant.equals(proposer) && !organisation.equals(content.leadOrganisationId())) {
            throw new NotAnAuthor(proposalId);
        }
    }

    /** The participants of committed organisations and the facilitator ({@code null}). */
    private void mayFollowUp(ParticipantId participant) {
        if (participant != null && !commitments.isCommitted(room.organisationOf(participant))) {
            throw new NotCommitted(proposalId);
        }
    }

    void mustBeOpenTo(String what) {
        if (withdrawn) {
            throw new ProposalIsWithdrawn(proposalId);
        }
        room.mustBeRealizingTo(what);
    }

    /** The position of the proposal's last change, its commitments' included. */
    long lastChange() {
        return Math.max(lastChange, commitments.lastChange());
    }

    /** Follow-up goes on after the workshop closes: the "atelier permanent". */
    private void mustBeOpenToFollowUp() {
        if (withdrawn) {
            throw new ProposalIsWithdrawn(proposalId);
        }
        if (room.phase() != Phase.REALIZATION && room.phase() != Phase.CLOSED) {
            throw new FollowUpNotOpen(room.phase());
        }
    }

    @EventSourcingHandler
    void on(ProposalAmended event) {
        content = new ProposalContent(event.title(), event.description(), event.derivedFromIdeas(),
                event.derivedFromClusters(), event.leadOrganisationId(), event.conditions());
        lastChange = Workshop.position();
    }

    @EventSourcingHandler
    void on(ProposalWithdrawn event) {
        withdrawn = true;
        lastChange = Workshop.position();
    }

    @EventSourcingHandler
    void on(ActionAgreed event) {
        actions.put(event.actionId(), new FollowUpAction(event.organisationId(), event.what(), event.due(),
                event.status(), Workshop.position()));
        lastChange = Workshop.position();
    }

    @EventSourcingHandler
    void on(ActionUpdated event) {
        actions.computeIfPresent(event.actionId(), (id, action) -> action.now(event.status(), event.what(), event.due()));
        lastChange = Workshop.position();
    }

    /**
     * Equal to a proposal in the same state (the room aside): Axon's test fixture compares the
     * aggregate a command left with the one its events rebuild, and maps compare their values.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectProposal that && proposalId.equals(that.proposalId)
                && Objects.equals(proposer, that.proposer) && proposed.equals(that.proposed)
                && proposedAt == that.proposedAt && content.equals(that.content) && withdrawn == that.withdrawn
                && commitments.equals(that.commitments) && actions.equals(that.actions) && lastChange == that.lastChange;
    }

    @Override
    public int hashCode() {
        return proposalId.hashCode();
    }
}
