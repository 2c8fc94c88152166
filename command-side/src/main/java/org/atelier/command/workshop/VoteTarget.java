package org.atelier.command.workshop;

import java.util.Optional;

import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.proposal.ProposalId;

/**
 * What a dot, points or a score go on: an idea, a cluster or a project proposal, exactly one of the
 * three. Messages name it by three ids of which one is set; the command side reads them once, here.
 * A command may name no id at all (a retraction of nothing); such a target is on no ballot.
 */
record VoteTarget(IdeaId ideaId, ClusterId clusterId, ProposalId proposalId) {

    enum Kind { IDEA, CLUSTER, PROPOSAL }

    VoteTarget {
        int set = (ideaId != null ? 1 : 0) + (clusterId != null ? 1 : 0) + (proposalId != null ? 1 : 0);
        if (set > 1) {
            throw new IllegalArgumentException("A vote target is one idea, one cluster or one proposal.");
        }
    }

    static VoteTarget idea(IdeaId ideaId) {
        return new VoteTarget(ideaId, null, null);
    }

    static VoteTarget cluster(ClusterId clusterId) {
        return new VoteTarget(null, clusterId, null);
    }

    static VoteTarget proposal(ProposalId proposalId) {
        return new VoteTarget(null, null, proposalId);
    }

    /** The target a message names, the idea first, then the cluster, then the proposal; none if it names none. */
    static Optional<VoteTarget> named(IdeaId ideaId, ClusterId clusterId, ProposalId proposalId) {
        if (ideaId != null) {
            return Optional.of(idea(ideaId));
        }
        if (clusterId != null) {
            return Optional.of(cluster(clusterId));
        }
        return Optional.ofNullable(proposalId).map(VoteTarget::proposal);
    }

    Kind kind() {
        return ideaId != null ? Kind.IDEA : clusterId != null ? Kind.CLUSTER : Kind.PROPOSAL;
    }

    /** The id's value, as messages to people name the target. */
    @Override
    public String toString() {
        return switch (kind()) {
            case IDEA -> ideaId.toString();
            case CLUSTER -> clusterId.toString();
            case PROPOSAL -> proposalId.toString();
        };
    }
}
