package org.atelier.command.workshop;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.command.rejection.UnknownId;
import org.atelier.command.workshop.ProposalRejections.ProposalIdTaken;
import org.atelier.command.workshop.ProposalRejections.ProposalIsWithdrawn;
import org.atelier.command.workshop.ProposalRejections.UnknownRankedProposal;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.proposal.ProposalsRanked;
import org.atelier.shared.proposal.ProposeProject;
import org.atelier.shared.proposal.RankProposals;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;

/**
 * The project proposals of a workshop, proposed during REALIZATION: it decides what concerns them
 * all (a new proposal and its id, the facilitator's order of priority) and holds each proposal as
 * an entity that decides for itself.
 */
class Proposals {

    private final Room room;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<ProposalId, ProjectProposal> proposals = new LinkedHashMap<>();
    private List<ProposalId> ranking = List.of();

    Proposals(Room room) {
        this.room = room;
    }

    /**
     * A participant proposes for their organisation (the lead unless they name another one in the
     * room), the facilitator ({@code proposer} {@code null}) for the room. The same proposal again
     * answers the original position and records nothing.
     */
    @CommandHandler
    long handle(ProposeProject command, ProposalIds proposalIds) {
        if (command.proposalId() == null) {
            throw new InvalidInput("proposalId", "proposalId is required.");
        }
        OrganisationId proposerOrganisation = command.proposer() == null ? null
                : room.organisationOf(command.proposer());
        ProposalContent content = ProposalContent.of(command.title(), command.description(),
                command.derivedFromIdeas(), command.derivedFromClusters(),
                command.leadOrganisationId() == null ? proposerOrganisation : command.leadOrganisationId(), command.conditions());
        ProjectProposal existing = proposals.get(command.proposalId());
        if (existing != null) {
            if (!existing.isSameProposal(command.proposer(), content)) {
                throw new ProposalIdTaken(command.proposalId());
            }
            return existing.proposedAt();
        }
        room.mustBeRealizingTo("propose a project");
        content.mustStandIn(room, null);
        proposalIds.claim(command.proposalId(), room.workshopId());
        apply(new ProjectProposed(room.workshopId(), command.proposalId(), content.title(), content.description(),
                content.derivedFromIdeas(), content.derivedFromClusters(), content.leadOrganisationId(),
                content.conditions(), command.proposer(), proposerOrganisation, room.phase(), command.at()));
        return Workshop.position();
    }

    /** The facilitator's final order: standing proposals of this workshop, each once; the others keep no rank. */
    @CommandHandler
    long handle(RankProposals command) {
        List<ProposalId> order = command.proposalIds();
        if (order == null || order.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInput("proposalIds", "proposalIds must list proposal ids, without empty entries.");
        }
        if (new HashSet<>(order).size() != order.size()) {
            throw new InvalidInput("proposalIds", "proposalIds must name each proposal once.");
        }
        room.mustBeRealizingTo("rank the proposals");
        for (ProposalId proposalId : order) {
            ProjectProposal proposal = proposals.get(proposalId);
            if (proposal == null) {
                throw new UnknownRankedProposal(proposalId);
            }
            if (proposal.isWithdrawn()) {
                throw new ProposalIsWithdrawn("proposalIds", proposalId);
            }
        }
        if (!order.equals(ranking)) {
            apply(new ProposalsRanked(room.workshopId(), List.copyOf(order), command.at()));
        }
        return Workshop.position();
    }

    @EventSourcingHandler
    void on(ProjectProposed event) {
        proposals.put(event.proposalId(), new ProjectProposal(room, event, Workshop.position()));
    }

    @EventSourcingHandler
    void on(ProposalsRanked event) {
        ranking = event.proposalIds();
    }

    /** A proposal of this workshop, not withdrawn: it can still be voted on. */
    void mustBeOpen(ProposalId proposalId) {
        ProjectProposal proposal = proposals.get(proposalId);
        if (proposal == null) {
            throw new UnknownId("No proposal " + proposalId + " in this workshop.");
        }
        if (proposal.isWithdrawn()) {
            throw new ProposalIsWithdrawn(proposalId);
        }
    }
}
