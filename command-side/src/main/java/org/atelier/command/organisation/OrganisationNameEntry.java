package org.atelier.command.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "organisation_name")
class OrganisationNameEntry {

    @Id
    @Column(name = "name_key", length = 512)
    private String nameKey;

    @Column(name = "organisation_id", nullable = false, unique = true, length = 64)
    private String organisationId;

    protected OrganisationNameEntry() {
        // for JPA
    }

    OrganisationNameEntry(String nameKey, String organisationId) {
        this.nameKey = nameKey;
        this.organisationId = organisationId;
    }
}
