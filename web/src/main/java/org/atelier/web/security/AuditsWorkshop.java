package org.atelier.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Its history, exports and integrity: the facilitator and evaluators of the workshop named by the
 * method's {@code workshopId} parameter, and the organiser.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasRole('ORGANISER') or hasAnyRole('FACILITATOR', 'EVALUATOR')"
        + " and hasAuthority('workshop:' + #workshopId.value())")
public @interface AuditsWorkshop {
}
