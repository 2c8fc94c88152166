package org.atelier.shared.organisation;

/** One organisation of the register; as a subscription query, it tells when the register shows it. */
public record FindOrganisation(OrganisationId organisationId) {
}
