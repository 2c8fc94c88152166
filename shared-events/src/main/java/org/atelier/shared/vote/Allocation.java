package org.atelier.shared.vote;

import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.proposal.ProposalId;

/** Points a voter puts on one idea, one cluster or one proposal (the other ids are {@code null}). */
public record Allocation(IdeaId ideaId, ClusterId clusterId, ProposalId proposalId, int points) {

    /** The id of what the points go on, as dots name their targets. */
    public Object target() {
        return ideaId != null ? ideaId : clusterId != null ? clusterId : proposalId;
    }
}
