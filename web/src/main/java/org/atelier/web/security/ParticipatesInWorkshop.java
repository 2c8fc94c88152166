package org.atelier.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Only a participant of the workshop named by the method's {@code workshopId} parameter. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasRole('PARTICIPANT') and hasAuthority('workshop:' + #workshopId.value())")
public @interface ParticipatesInWorkshop {
}
