package org.atelier.query.board;

import java.time.Instant;
import java.util.List;

/**
 * A project proposal as a workshop's board holds it, withdrawn ones included (status
 * {@code WITHDRAWN}): what it says, who committed, its partnership while one stands, the
 * facilitator's rank, its dots and its follow-up actions.
 */
public record ProposalEntry(String proposalId, String title, String description, List<String> derivedFromIdeas,
                            List<String> derivedFromClusters, String leadOrganisationId, ConditionsEntry conditions,
                            String proposer, String proposerOrganisationId, String status,
                            List<CommitmentEntry> commitments, String partnershipId, Integer priority, int votes,
                            List<ActionEntry> actions, Instant proposedAt, Instant amendedAt) {

    static final String OPEN = "OPEN";
    static final String WITHDRAWN = "WITHDRAWN";

    public record ConditionsEntry(String resources, String obstacles, String firstSteps, String timeline) {
    }

    public record CommitmentEntry(String organisationId, String participantId, Instant at) {
    }

    /** {@code due} is an ISO-8601 date, or {@code null}. */
    public record ActionEntry(String actionId, String organisationId, String what, String due, String status,
                              String agreedBy, Instant agreedAt, Instant updatedAt) {
    }

    ProposalEntry amended(String newTitle, String newDescription, List<String> ideas, List<String> clusters,
                          String lead, ConditionsEntry newConditions, Instant at) {
        return new ProposalEntry(proposalId, newTitle, newDescription, ideas, clusters, lead, newConditions, proposer,
                proposerOrganisationId, status, commitments, partnershipId, priority, votes, actions, proposedAt, at);
    }

    ProposalEntry withStatus(String newStatus) {
        return new ProposalEntry(proposalId, title, description, derivedFromIdeas, derivedFromClusters,
                leadOrganisationId, conditions, proposer, proposerOrganisationId, newStatus, commitments, partnershipId,
                priority, votes, actions, proposedAt, amendedAt);
    }

    ProposalEntry withCommitments(List<CommitmentEntry> newCommitments) {
        return new ProposalEntry(proposalId, title, description, derivedFromIdeas, derivedFromClusters,
                leadOrganisationId, conditions, proposer, proposerOrganisationId, status, newCommitments, partnershipId,
                priority, votes, actions, proposedAt, amendedAt);
    }

    ProposalEntry withPartnership(String newPartnershipId) {
        return new ProposalEntry(proposalId, title, description, derivedFromIdeas, derivedFromClusters,
                leadOrganisationId, conditions, proposer, proposerOrganisationId, status, commitments, newPartnershipId,
                priority, votes, actions, proposedAt, amendedAt);
    }

    ProposalEntry withPriority(Integer newPriority) {
        return new ProposalEntry(proposalId, title, description, derivedFromIdeas, derivedFromClusters,
                leadOrganisationId, conditions, proposer, proposerOrganisationId, status, commitments, partnershipId,
                newPriority, votes, actions, proposedAt, amendedAt);
    }

    ProposalEntry withVotes(int newVotes) {
        return new ProposalEntry(proposalId, title, description, derivedFromIdeas, derivedFromClusters,
                leadOrganisationId, conditions, proposer, proposerOrganisationId, status, commitments, partnershipId,
                priority, newVotes, actions, proposedAt, amendedAt);
    }

    ProposalEntry withActions(List<ActionEntry> newActions) {
        return new ProposalEntry(proposalId, title, description, derivedFromIdeas, derivedFromClusters,
                leadOrganisationId, conditions, proposer, proposerOrganisationId, status, commitments, partnershipId,
                priority, votes, newActions, proposedAt, amendedAt);
    }
}
