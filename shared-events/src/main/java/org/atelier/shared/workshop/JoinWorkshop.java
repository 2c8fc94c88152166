package org.atelier.shared.workshop;

import java.time.Instant;

import org.atelier.shared.organisation.OrganisationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A person joins with the workshop's code.
 *
 * @param rejoinCode the personal code that lets them come back as themselves, made by the caller;
 *                   only its digest is kept, and no event carries it
 */
public record JoinWorkshop(@TargetAggregateIdentifier WorkshopId workshopId,
                           ParticipantId participantId,
                           String joinCode,
                           String displayName,
                           OrganisationId organisationId,
                           String rejoinCode,
                           Instant at) {
}
