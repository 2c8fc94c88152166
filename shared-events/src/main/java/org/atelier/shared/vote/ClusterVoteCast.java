package org.atelier.shared.vote;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** One dot of the voter's budget for the phase, put on a cluster (a shared issue, a theme). */
@Revision("1")
@PublicName("ClusterVoteCast")
public record ClusterVoteCast(WorkshopId workshopId, ParticipantId voter, ClusterId clusterId, Phase phase,
                              Instant at) {
}
