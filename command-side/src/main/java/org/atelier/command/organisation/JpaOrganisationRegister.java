package org.atelier.command.organisation;

import jakarta.persistence.EntityManager;

import org.atelier.command.organisation.OrganisationRejections.NameTaken;
import org.atelier.shared.organisation.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The register's names in the command side's own table, written in the transaction of the
 * registering command: the unique key refuses a second organisation of the same name even when
 * two registrations race.
 */
@Component
class JpaOrganisationRegister implements OrganisationRegister {

    private final EntityManager entityManager;

    JpaOrganisationRegister(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void claimName(String name, OrganisationId organisationId) {
        String key = OrganisationName.key(name);
        if (entityManager.find(OrganisationNameEntry.class, key) != null) {
            throw new NameTaken(name);
        }
        entityManager.persist(new OrganisationNameEntry(key, organisationId.value()));
        entityManager.flush();
    }

    @Override
    public boolean isRegistered(OrganisationId organisationId) {
        return !entityManager
                .createQuery("select 1 from OrganisationNameEntry e where e.organisationId = :id", Integer.class)
                .setParameter("id", organisationId.value())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
