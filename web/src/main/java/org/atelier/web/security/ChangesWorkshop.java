package org.atelier.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Participants and the facilitator of the workshop named by the method's {@code workshopId}
 * parameter, and the organiser: calls where each acts in their own part (an author withdraws,
 * the facilitator hides).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasRole('ORGANISER') or hasAnyRole('FACILITATOR', 'PARTICIPANT')"
        + " and hasAuthority('workshop:' + #workshopId.value())")
public @interface ChangesWorkshop {
}
