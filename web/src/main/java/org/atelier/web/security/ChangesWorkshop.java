package org.atelier.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Participants and the facilitator of the workshop named by the method's {@code workshopId}
 * parameter, and the organiser: calls where each acts in their own part (an author withdraws,
 * the facilitator hides) ({@link Caller#mayChange}, checked by {@link WorkshopAccess}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ChangesWorkshop {
}
