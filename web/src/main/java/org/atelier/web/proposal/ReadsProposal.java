package org.atelier.web.proposal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Anyone of the workshop of the proposal named by the method's {@code proposalId} parameter, and the organiser. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasRole('ORGANISER') or hasAuthority(@proposalRoutes.scopeOf(#proposalId))")
@interface ReadsProposal {
}
