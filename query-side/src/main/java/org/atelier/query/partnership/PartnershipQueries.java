package org.atelier.query.partnership;

import org.atelier.shared.proposal.FindPartnership;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** One partnership by its id, which names it in the whole programme: where to find its story. */
@Component
class PartnershipQueries {

    private final MongoTemplate mongo;

    PartnershipQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    PartnershipView handle(FindPartnership query) {
        PartnershipDocument partnership = mongo.findById(query.partnershipId().value(), PartnershipDocument.class);
        return partnership == null ? null : PartnershipView.of(partnership);
    }
}
