package org.atelier.command.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "join_code")
class JoinCodeEntry {

    @Id
    @Column(name = "join_code", length = 16)
    private String joinCode;

    @Column(name = "workshop_id", nullable = false, length = 64)
    private String workshopId;

    protected JoinCodeEntry() {
        // for JPA
    }

    JoinCodeEntry(String joinCode, String workshopId) {
        this.joinCode = joinCode;
        this.workshopId = workshopId;
    }

    String workshopId() {
        return workshopId;
    }
}
