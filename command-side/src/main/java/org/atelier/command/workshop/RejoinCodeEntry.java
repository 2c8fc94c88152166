package org.atelier.command.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rejoin code's digest and whom it lets back in; the code itself is not kept. */
@Entity
@Table(name = "rejoin_code")
class RejoinCodeEntry {

    @Id
    @Column(name = "code_digest", length = 64)
    private String codeDigest;

    @Column(name = "participant_id", nullable = false, unique = true, length = 64)
    private String participantId;

    @Column(name = "workshop_id", nullable = false, length = 64)
    private String workshopId;

    @Column(name = "organisation_id", nullable = false, length = 64)
    private String organisationId;

    protected RejoinCodeEntry() {
        // for JPA
    }

    RejoinCodeEntry(String codeDigest, String participantId, String workshopId, String organisationId) {
        this.codeDigest = codeDigest;
        this.participantId = participantId;
        this.workshopId = workshopId;
        this.organisationId = organisationId;
    }

    String participantId() {
        return participantId;
    }

    String workshopId() {
        return workshopId;
    }

    String organisationId() {
        return organisationId;
    }
}
