package org.atelier.command.workshop;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Keyed by workshop and facilitator: every workshop has a {@code first} facilitator. */
@Entity
@Table(name = "removed_facilitator")
class RemovedFacilitatorEntry {

    @Id
    @Column(name = "workshop_facilitator", length = 130)
    private String workshopFacilitator;

    @Column(name = "removed_at", nullable = false)
    private Instant removedAt;

    protected RemovedFacilitatorEntry() {
        // for JPA
    }

    RemovedFacilitatorEntry(String workshopFacilitator, Instant removedAt) {
        this.workshopFacilitator = workshopFacilitator;
        this.removedAt = removedAt;
    }
}
