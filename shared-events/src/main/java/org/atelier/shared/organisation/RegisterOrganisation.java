package org.atelier.shared.organisation;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterOrganisation(@TargetAggregateIdentifier OrganisationId organisationId,
                                   String name,
                                   String commune,
                                   boolean ess,
                                   Instant at) {
}
