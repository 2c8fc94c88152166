package org.atelier.web.live;

import java.security.Principal;

import org.atelier.web.security.Caller;

/** The caller of a STOMP session, named by its actor (never its token). */
record CallerPrincipal(Caller caller) implements Principal {

    @Override
    public String getName() {
        return caller.actor() + (caller.workshopId() == null ? "" : "@" + caller.workshopId());
    }
}
