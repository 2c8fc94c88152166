package org.atelier.shared.workshop;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.PublicName;
import org.axonframework.serialization.Revision;

/** {@code maxVotesPerIdea} 0 means a participant may put all their dots on one idea. */
@Revision("1")
@PublicName("WorkshopScheduled")
public record WorkshopScheduled(WorkshopId workshopId,
                                String title,
                                String theme,
                                String programme,
                                List<Session> sessions,
                                int votesPerParticipant,
                                int maxVotesPerIdea,
                                String joinCode,
                                Instant at) {
}
