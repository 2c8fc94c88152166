package org.atelier.shared.organisation;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.axonframework.serialization.Revision;

/** Eligible means ESS and head office in the programme's territory, as decided at registration. */
@Revision("1")
@PublicName("OrganisationRegistered")
public record OrganisationRegistered(OrganisationId organisationId,
                                     String name,
                                     String commune,
                                     boolean ess,
                                     boolean eligible,
                                     Instant at) {
}
