package org.atelier.shared.moderation;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.PublicName;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/**
 * An idea posted in a moderated phase: it waits for the facilitator, seen only by them and its
 * author; it joins the room's ideas with {@link IdeaApproved}.
 */
@Revision("1")
@PublicName("IdeaSubmitted")
public record IdeaSubmitted(WorkshopId workshopId,
                            IdeaId ideaId,
                            ParticipantId author,
                            OrganisationId organisationId,
                            Phase phase,
                            String text,
                            List<IdeaId> inspiredBy,
                            Instant at) {
}
