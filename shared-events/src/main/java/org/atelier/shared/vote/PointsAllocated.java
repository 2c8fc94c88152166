package org.atelier.shared.vote;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** A voter's whole allocation of points in a POINTS phase; it replaces their earlier one. */
@Revision("1")
@PublicName("PointsAllocated")
public record PointsAllocated(WorkshopId workshopId, ParticipantId voter, Phase phase, List<Allocation> allocations,
                              Instant at) {
}
