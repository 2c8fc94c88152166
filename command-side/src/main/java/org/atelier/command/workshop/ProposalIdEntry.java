package org.atelier.command.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "proposal_id")
class ProposalIdEntry {

    @Id
    @Column(name = "proposal_id", length = 64)
    private String proposalId;

    @Column(name = "workshop_id", nullable = false, length = 64)
    private String workshopId;

    protected ProposalIdEntry() {
        // for JPA
    }

    ProposalIdEntry(String proposalId, String workshopId) {
        this.proposalId = proposalId;
        this.workshopId = workshopId;
    }

    String workshopId() {
        return workshopId;
    }
}
