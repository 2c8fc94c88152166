package org.atelier.query.partnership;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Two organisations linked in a programme: the proposals both committed to, and the partnerships
 * both were in. {@code organisationIds} is the pair in id order.
 */
@Document("partnership_links")
record LinkDocument(@Id String linkId, String programme, List<String> organisationIds, List<String> proposalIds,
                    List<String> partnershipIds) {

    /** A link made by a commitment has no partnership yet, and the other way round. */
    LinkDocument {
        proposalIds = proposalIds == null ? List.of() : proposalIds;
        partnershipIds = partnershipIds == null ? List.of() : partnershipIds;
    }

    /** Organisation ids are UUIDs (no '|'), so the programme's name can come last whatever it holds. */
    static String idOf(String programme, String first, String second) {
        return first.compareTo(second) < 0 ? first + "|" + second + "|" + programme
                : second + "|" + first + "|" + programme;
    }

    /**
     * Linked before, other than through this proposal's own commitments and this partnership: an
     * earlier partnership, or commitments to another proposal.
     */
    boolean linksBesides(String proposalId, String partnershipId) {
        return proposalIds.stream().anyMatch(other -> !other.equals(proposalId))
                || partnershipIds.stream().anyMatch(other -> !other.equals(partnershipId));
    }
}
