package org.atelier.command.organisation;

import org.atelier.command.rejection.DomainRejection;
import org.atelier.shared.PublicName;
import org.atelier.shared.Rejection;

final class OrganisationRejections {

    private OrganisationRejections() {
    }

    @PublicName("NameTaken")
    static class NameTaken extends DomainRejection {
        NameTaken(String name) {
            super(Rejection.CONFLICT, "name",
                    "An organisation named \"" + name + "\" is already registered (names are compared without case, accents or extra spaces); pick it from the register.");
        }
    }
}
