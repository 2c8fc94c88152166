package org.atelier.web.security;

import org.atelier.shared.PublicName;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * A token refused because its participant or facilitator was removed from the workshop. Its
 * problem carries the code declared here, so a page can tell its reader they were removed rather than
 * that their link expired.
 */
@PublicName("RemovedFromWorkshop")
class RemovedFromWorkshop extends InvalidBearerTokenException {

    RemovedFromWorkshop(String detail) {
        super(detail);
    }
}
