package org.atelier.shared.objection;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** An objection raised during UTOPIA, kept out of the room until REALIZATION opens. */
@Revision("1")
@PublicName("ObjectionParked")
public record ObjectionParked(WorkshopId workshopId, String objectionId, ParticipantId author,
                              OrganisationId organisationId, String text, Instant at) {
}
