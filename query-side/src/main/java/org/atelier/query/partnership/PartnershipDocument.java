package org.atelier.query.partnership;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One partnership as the evaluators follow it: who is in it (for a dissolved one, who was until
 * the end), whether it strengthened links that existed before in the programme and which pairs,
 * and the position of the last change applied ({@code version}), so a change is never applied twice.
 */
@Document("partnerships")
record PartnershipDocument(@Id String partnershipId, String workshopId, String programme, String proposalId,
                           List<String> organisationIds, Instant formedAt, String status, Instant dissolvedAt,
                           String dissolutionReason, boolean strengthened, List<List<String>> strengthenedPairs,
                           long version) {

    static final String ACTIVE = "ACTIVE";
    static final String DISSOLVED = "DISSOLVED";
}
