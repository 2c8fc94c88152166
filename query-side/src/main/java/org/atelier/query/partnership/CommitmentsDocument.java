package org.atelier.query.partnership;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Every organisation that ever committed to a proposal, withdrawn commitments included. */
@Document("partnership_commitments")
record CommitmentsDocument(@Id String proposalId, String workshopId, List<String> organisationIds) {
}
