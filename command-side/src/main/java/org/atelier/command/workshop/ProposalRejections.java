package org.atelier.command.workshop;

import org.atelier.command.rejection.DomainRejection;
import org.atelier.shared.PublicName;
import org.atelier.shared.Rejection;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.ActionId;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.workshop.Phase;

/** The named refusals of the rules on proposals, commitments and follow-up actions. */
final class ProposalRejections {

    private ProposalRejections() {
    }

    @PublicName("NotRealizing")
    static class NotRealizing extends DomainRejection {
        NotRealizing(Phase phase, String what) {
            super(Rejection.CONFLICT, "Cannot " + what + " in phase " + phase
                    + "; projects are proposed, ranked and committed to during REALIZATION.");
        }
    }

    @PublicName("FollowUpNotOpen")
    static class FollowUpNotOpen extends DomainRejection {
        FollowUpNotOpen(Phase phase) {
            super(Rejection.CONFLICT, "Follow-up actions are agreed from REALIZATION on, and after the workshop "
                    + "closes; the workshop is in " + phase + ".");
        }
    }

    @PublicName("ProposalIdTaken")
    static class ProposalIdTaken extends DomainRejection {
        ProposalIdTaken(ProposalId proposalId) {
            super(Rejection.CONFLICT, "proposalId", "Proposal " + proposalId
                    + " was already proposed with other content or in another workshop; choose a new proposalId.");
        }
    }

    @PublicName("UnknownDerivedIdea")
    static class UnknownDerivedIdea extends DomainRejection {
        UnknownDerivedIdea(IdeaId ideaId) {
            super(Rejection.NOT_FOUND, "derivedFrom", "derivedFrom names idea " + ideaId
                    + ", which is not an idea of this workshop.");
        }
    }

    @PublicName("DerivedIdeaOffBoard")
    static class DerivedIdeaOffBoard extends DomainRejection {
        DerivedIdeaOffBoard(IdeaId ideaId) {
            super(Rejection.CONFLICT, "derivedFrom", "Idea " + ideaId
                    + " was withdrawn or hidden; a proposal cannot be derived from it.");
        }
    }

    @PublicName("UnknownDerivedCluster")
    static class UnknownDerivedCluster extends DomainRejection {
        UnknownDerivedCluster(ClusterId clusterId) {
            super(Rejection.NOT_FOUND, "derivedFromClusters", "derivedFromClusters names cluster " + clusterId
                    + ", which is not a cluster of this workshop (or was merged or dissolved).");
        }
    }

    @PublicName("LeadNotInTheRoom")
    static class LeadNotInTheRoom extends DomainRejection {
        LeadNotInTheRoom(OrganisationId organisationId) {
            super(Rejection.NOT_FOUND, "leadOrganisationId", "No participant of this workshop represents organisation "
                    + organisationId + "; the lead must be an organisation in the room.");
        }
    }

    @PublicName("NotAnAuthor")
    static class NotAnAuthor extends DomainRejection {
        NotAnAuthor(ProposalId proposalId) {
            super(Rejection.NOT_ALLOWED, "Only the participant who proposed " + proposalId
                    + ", the participants of its lead organisation and the facilitator can change or withdraw it.");
        }
    }

    @PublicName("ProposalIsWithdrawn")
    static class ProposalIsWithdrawn extends DomainRejection {
        ProposalIsWithdrawn(ProposalId proposalId) {
            super(Rejection.CONFLICT, "Proposal " + proposalId + " was withdrawn; it can no longer change.");
        }

        ProposalIsWithdrawn(String field, ProposalId proposalId) {
            super(Rejection.CONFLICT, field, "Proposal " + proposalId + " was withdrawn; it can no longer be ranked.");
        }
    }

    @PublicName("NotYourOrganisation")
    static class NotYourOrganisation extends DomainRejection {
        NotYourOrganisation(OrganisationId organisationId) {
            super(Rejection.NOT_ALLOWED, "organisationId", "You represent another organisation than "
                    + organisationId + "; you can commit only your own organisation.");
        }
    }

    @PublicName("NotCommitted")
    static class NotCommitted extends DomainRejection {
        NotCommitted(ProposalId proposalId) {
            super(Rejection.NOT_ALLOWED, "Only participants of organisations committed to proposal " + proposalId
                    + ", and the facilitator, can agree and update its follow-up actions.");
        }
    }

    @PublicName("OrganisationNotCommitted")
    static class OrganisationNotCommitted extends DomainRejection {
        OrganisationNotCommitted(OrganisationId organisationId, ProposalId proposalId) {
            super(Rejection.CONFLICT, "organisationId", "Organisation " + organisationId
                    + " is not committed to proposal " + proposalId + "; actions are carried by committed organisations.");
        }
    }

    @PublicName("ActionIdTaken")
    static class ActionIdTaken extends DomainRejection {
        ActionIdTaken(ActionId actionId) {
            super(Rejection.CONFLICT, "actionId", "Action " + actionId
                    + " was already agreed with other content; choose a new actionId.");
        }
    }

    @PublicName("UnknownAction")
    static class UnknownAction extends DomainRejection {
        UnknownAction(ActionId actionId, ProposalId proposalId) {
            super(Rejection.NOT_FOUND, "actionId", "No action " + actionId + " on proposal " + proposalId + ".");
        }
    }

    @PublicName("UnknownRankedProposal")
    static class UnknownRankedProposal extends DomainRejection {
        UnknownRankedProposal(ProposalId proposalId) {
            super(Rejection.NOT_FOUND, "proposalIds", "No proposal " + proposalId + " in this workshop.");
        }
    }
}
