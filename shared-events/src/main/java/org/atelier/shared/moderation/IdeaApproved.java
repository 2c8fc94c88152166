package org.atelier.shared.moderation;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.PublicName;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/**
 * A waiting idea approved: from now on it is one of the room's ideas, with its text as it was
 * when approved. It carries the idea as {@link IdeaPosted} does, so screens that never saw it
 * receive it whole.
 */
@Revision("1")
@PublicName("IdeaApproved")
public record IdeaApproved(WorkshopId workshopId,
                           IdeaId ideaId,
                           ParticipantId author,
                           OrganisationId organisationId,
                           Phase phase,
                           String text,
                           List<IdeaId> inspiredBy,
                           Instant at) {

    /** The idea as the room now has it, as if posted at approval. */
    public IdeaPosted asPosted() {
        return new IdeaPosted(workshopId, ideaId, author, organisationId, phase, text, inspiredBy, at);
    }
}
