package org.atelier.command.organisation;

import java.util.HashMap;
import java.util.Map;

import org.atelier.command.organisation.OrganisationRejections.NameTaken;
import org.atelier.shared.organisation.OrganisationId;

/** The register as {@link JpaOrganisationRegister} keeps it: one organisation per name key. */
public class InMemoryOrganisationRegister implements OrganisationRegister {

    private final Map<String, OrganisationId> organisationsByNameKey = new HashMap<>();

    @Override
    public void claimName(String name, OrganisationId organisationId) {
        String key = OrganisationName.key(name);
        if (organisationsByNameKey.containsKey(key)) {
            throw new NameTaken(name);
        }
        organisationsByNameKey.put(key, organisationId);
    }

    @Override
    public boolean isRegistered(OrganisationId organisationId) {
        return organisationsByNameKey.containsValue(organisationId);
    }
}
