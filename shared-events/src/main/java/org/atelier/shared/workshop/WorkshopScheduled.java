package org.atelier.shared.workshop;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

@Revision("1")
public record WorkshopScheduled(WorkshopId workshopId,
                                String title,
                                String theme,
                                String programme,
                                List<Session> sessions,
                                int votesPerParticipant,
                                String joinCode,
                                Instant at) {
}
