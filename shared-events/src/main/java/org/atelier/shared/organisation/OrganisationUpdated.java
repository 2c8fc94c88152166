package org.atelier.shared.organisation;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.axonframework.serialization.Revision;

/** The organisation's head office commune or ESS status changed, and its eligibility with them. */
@Revision("1")
@PublicName("OrganisationUpdated")
public record OrganisationUpdated(OrganisationId organisationId,
                                  String commune,
                                  boolean ess,
                                  boolean eligible,
                                  Instant at) {
}
