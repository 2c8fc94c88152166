package org.atelier.shared.vote;

import java.time.Instant;

import org.atelier.shared.PublicName;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** One dot taken back from a cluster, free to be put elsewhere. */
@Revision("1")
@PublicName("ClusterVoteRetracted")
public record ClusterVoteRetracted(WorkshopId workshopId, ParticipantId voter, ClusterId clusterId, Phase phase,
                                   Instant at) {
}
