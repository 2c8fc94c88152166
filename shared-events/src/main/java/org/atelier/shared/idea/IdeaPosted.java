package org.atelier.shared.idea;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.PublicName;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** An idea posted in the phase then open: a critique, a dream or an action. */
@Revision("1")
@PublicName("IdeaPosted")
public record IdeaPosted(WorkshopId workshopId,
                         IdeaId ideaId,
                         ParticipantId author,
                         OrganisationId organisationId,
                         Phase phase,
                         String text,
                         List<IdeaId> inspiredBy,
                         Instant at) {
}
