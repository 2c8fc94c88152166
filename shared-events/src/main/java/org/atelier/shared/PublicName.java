package org.atelier.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name clients see for an event (the {@code type} of a live message, of the history and of a
 * trace's step) or for a refusal (the {@code code} of a problem). It is written here, beside the
 * class, and never taken from the class's name, so renaming a class breaks no client; once
 * published it never changes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicName {

    String value();
}
