package org.atelier.shared.vote;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** One dot of the voter's budget for the phase, put on an idea. */
@Revision("1")
@PublicName("VoteCast")
public record VoteCast(WorkshopId workshopId, ParticipantId voter, IdeaId ideaId, Phase phase, Instant at) {
}
