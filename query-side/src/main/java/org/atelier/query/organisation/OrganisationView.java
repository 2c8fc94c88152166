package org.atelier.query.organisation;

/** An organisation of the register as the public API shows it. */
public record OrganisationView(String organisationId, String name, String commune, boolean ess, boolean eligible) {

    static OrganisationView of(OrganisationDocument document) {
        return new OrganisationView(document.organisationId(), document.name(), document.commune(), document.ess(),
                document.eligible());
    }
}
