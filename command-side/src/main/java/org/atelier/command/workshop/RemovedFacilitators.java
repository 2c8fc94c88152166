package org.atelier.command.workshop;

import java.time.Instant;

import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.WorkshopId;

/**
 * Command-side lookup of facilitators whose rights were withdrawn, written in the transaction of
 * the removal, so that every instance refuses their token from the removal's answer on.
 */
public interface RemovedFacilitators {

    void record(WorkshopId workshopId, FacilitatorId facilitatorId, Instant at);

    boolean isRemoved(WorkshopId workshopId, FacilitatorId facilitatorId);
}
