package org.atelier.command.workshop;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.WorkshopId;

class InMemoryRemovedFacilitators implements RemovedFacilitators {

    private final Set<String> removed = new HashSet<>();

    @Override
    public void record(WorkshopId workshopId, FacilitatorId facilitatorId, Instant at) {
        removed.add(workshopId + " " + facilitatorId);
    }

    @Override
    public boolean isRemoved(WorkshopId workshopId, FacilitatorId facilitatorId) {
        return removed.contains(workshopId + " " + facilitatorId);
    }
}
