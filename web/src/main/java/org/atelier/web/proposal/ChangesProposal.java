package org.atelier.web.proposal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Participants and the facilitator of the workshop of the proposal named by the method's
 * {@code proposalId} parameter, and the organiser. Finer rules (the proposer, the lead organisation,
 * committed organisations) are the workshop's to decide.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasRole('ORGANISER') or hasAnyRole('FACILITATOR', 'PARTICIPANT')"
        + " and hasAuthority(@proposalRoutes.scopeOf(#proposalId))")
@interface ChangesProposal {
}
