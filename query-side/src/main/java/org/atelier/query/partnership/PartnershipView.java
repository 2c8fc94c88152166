package org.atelier.query.partnership;

import java.time.Instant;
import java.util.List;

/**
 * A partnership as the public API shows it: {@code strengthened} when some of its organisations
 * were already linked in the programme before it formed or they joined it (an earlier partnership,
 * or commitments to the same earlier proposal), those pairs being {@code strengthenedPairs};
 * {@code status} is ACTIVE or DISSOLVED.
 */
public record PartnershipView(String partnershipId, String workshopId, String proposalId,
                              List<String> organisationIds, Instant formedAt, boolean strengthened,
                              List<List<String>> strengthenedPairs, String status, Instant dissolvedAt) {

    static PartnershipView of(PartnershipDocument document) {
        return new PartnershipView(document.partnershipId(), document.workshopId(), document.proposalId(),
                document.organisationIds(), document.formedAt(), document.strengthened(),
                document.strengthenedPairs(), document.status(), document.dissolvedAt());
    }
}
