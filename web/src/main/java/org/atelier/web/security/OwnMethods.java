package org.atelier.web.security;

import java.lang.annotation.Annotation;
import java.util.Collection;

import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;

/**
 * Where the method-security advisors look: methods of Atelier's own classes. The proxy creator asks
 * every advisor about every method of every bean, the framework's hundreds included; asked through
 * Spring Security's own pointcuts (four for {@code @EnableMethodSecurity}'s annotations and one for
 * its returned objects, each searching the method's class hierarchy), that was part of every start.
 * Only Atelier's controllers carry the annotations ({@code MethodSecurityAnnotationsTest}).
 */
final class OwnMethods {

    private static final String ATELIER = "org.atelier.";

    private static final ClassFilter ATELIER_CLASSES = type -> type.getName().startsWith(ATELIER);

    private OwnMethods() {
    }

    /** Methods of Atelier's classes that carry one of the annotations themselves. */
    static Pointcut annotatedWith(Collection<Class<? extends Annotation>> annotations) {
        ComposablePointcut methods = null;
        for (Class<? extends Annotation> annotation : annotations) {
            Pointcut annotated = AnnotationMatchingPointcut.forMethodAnnotation(annotation);
            methods = methods == null ? new ComposablePointcut(annotated) : methods.union(annotated);
        }
        if (methods == null) {
            throw new IllegalArgumentException("No annotation to look for");
        }
        return methods.intersection(ATELIER_CLASSES);
    }

    /**
     * Methods of Atelier's classes on which the annotation is present, directly or on one of their
     * annotations, or on their class: where Spring Security's own pointcut would find it.
     */
    static Pointcut annotatedOrMetaAnnotatedWith(Class<? extends Annotation> annotation) {
        return new ComposablePointcut(new AnnotationMatchingPointcut(null, annotation, true))
                .union(new AnnotationMatchingPointcut(annotation, true))
                .intersection(ATELIER_CLASSES);
    }
}
