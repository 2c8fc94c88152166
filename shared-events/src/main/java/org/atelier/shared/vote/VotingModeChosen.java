package org.atelier.shared.vote;

import java.time.Instant;
import java.util.List;

import org.atelier.shared.PublicName;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopId;
import org.axonframework.serialization.Revision;

/** The facilitator chose how a phase votes; {@code criteria} is empty unless the mode is CRITERIA. */
@Revision("1")
@PublicName("VotingModeChosen")
public record VotingModeChosen(WorkshopId workshopId, Phase phase, VotingMode mode, List<Criterion> criteria,
                               Instant at) {
}
