package org.atelier.query.network;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A proposal as the network sees it: the organisation that built it on others' ideas (the
 * proposer's, or its lead when the facilitator proposed it) and every organisation that ever
 * committed to it.
 */
@Document("network_proposals")
record ProposalOrigin(@Id String proposalId, String workshopId, String organisationId, List<String> committed) {

    ProposalOrigin {
        committed = committed == null ? List.of() : committed;
    }
}
