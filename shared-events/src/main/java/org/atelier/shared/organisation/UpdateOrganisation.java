package org.atelier.shared.organisation;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The organiser corrects an organisation's head office commune or ESS status; {@code null} keeps it. */
public record UpdateOrganisation(@TargetAggregateIdentifier OrganisationId organisationId, String commune,
                                 Boolean ess, Instant at) {
}
