package org.atelier.web.proposal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only a participant of the workshop of the proposal named by the method's {@code proposalId}
 * parameter: organisations commit through their people.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasRole('PARTICIPANT') and hasAuthority(@proposalRoutes.scopeOf(#proposalId))")
@interface CommitsToProposal {
}
