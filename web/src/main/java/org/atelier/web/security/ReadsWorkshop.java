package org.atelier.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Anyone of the workshop named by the method's {@code workshopId} parameter, and the organiser
 * ({@link Caller#mayRead}, checked by {@link WorkshopAccess}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsWorkshop {
}
