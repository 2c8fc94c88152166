package org.atelier.shared.workshop;

import java.time.Instant;

import org.atelier.shared.organisation.OrganisationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record JoinWorkshop(@TargetAggregateIdentifier WorkshopId workshopId,
                           ParticipantId participantId,
                           String joinCode,
                           String displayName,
                           OrganisationId organisationId,
                           Instant at) {
}
