package org.atelier.shared.vote;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** One dot taken back from an idea, free to be put elsewhere. */
@Revision("1")
@PublicName("VoteRetracted")
public record VoteRetracted(WorkshopId workshopId, ParticipantId voter, IdeaId ideaId, Phase phase, Instant at) {
}
