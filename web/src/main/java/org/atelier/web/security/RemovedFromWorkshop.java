package org.atelier.web.security;

import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * A token refused because its participant or facilitator was removed from the workshop. Its
 * problem carries the {@link #CODE}, so a page can tell its reader they were removed rather than
 * that their link expired.
 */
class RemovedFromWorkshop extends InvalidBearerTokenException {

    /** The problem's public {@code code}. */
    static final String CODE = "RemovedFromWorkshop";

    RemovedFromWorkshop(String detail) {
        super(detail);
    }
}
