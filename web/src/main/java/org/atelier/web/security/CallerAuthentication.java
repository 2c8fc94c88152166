package org.atelier.web.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A checked bearer token, as Spring Security holds it: the caller it speaks for is the principal,
 * its role ({@code ROLE_FACILITATOR}…) and its workshop ({@code workshop:<id>}) are its authorities.
 * The token itself is not kept.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    static final String WORKSHOP_SCOPE = "workshop:";

    private final Caller caller;

    CallerAuthentication(Caller caller) {
        super(authoritiesOf(caller));
        this.caller = caller;
        setAuthenticated(true);
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    /** Who it is, as the history names people, and where: never the token. */
    @Override
    public String getName() {
        return caller.actor() + (caller.workshopId() == null ? "" : "@" + caller.workshopId());
    }

    private static List<GrantedAuthority> authoritiesOf(Caller caller) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + caller.role().name()));
        if (caller.workshopId() != null) {
            authorities.add(new SimpleGrantedAuthority(WORKSHOP_SCOPE + caller.workshopId().value()));
        }
        return authorities;
    }
}
