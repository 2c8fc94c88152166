package org.atelier.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only a participant of the workshop named by the method's {@code workshopId} parameter
 * ({@link Caller#participatesIn}, checked by {@link WorkshopAccess}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ParticipatesInWorkshop {
}
