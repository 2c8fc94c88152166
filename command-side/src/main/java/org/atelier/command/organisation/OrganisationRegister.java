package org.atelier.command.organisation;

import org.atelier.shared.organisation.OrganisationId;

/** Command-side lookup of the organisations' register: names are unique, ids are known. */
public interface OrganisationRegister {

    /** Reserves the name for the organisation, or refuses when another one has it. */
    void claimName(String name, OrganisationId organisationId);

    boolean isRegistered(OrganisationId organisationId);
}
