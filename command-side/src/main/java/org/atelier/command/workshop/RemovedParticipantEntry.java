package org.atelier.command.workshop;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "removed_participant")
class RemovedParticipantEntry {

    @Id
    @Column(name = "participant_id", length = 64)
    private String participantId;

    @Column(name = "workshop_id", nullable = false, length = 64)
    private String workshopId;

    @Column(name = "removed_at", nullable = false)
    private Instant removedAt;

    protected RemovedParticipantEntry() {
        // for JPA
    }

    RemovedParticipantEntry(String participantId, String workshopId, Instant removedAt) {
        this.participantId = participantId;
        this.workshopId = workshopId;
        this.removedAt = removedAt;
    }
}
