package org.atelier.query.fold;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.axonframework.serialization.Revision;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.util.ClassUtils;

/** The classes found on the classpath: every event of shared-events, every class of a package. */
final class SharedEvents {

    private SharedEvents() {
    }

    /** Every event of shared-events: the records there that carry a {@link Revision}, as every event does. */
    static List<Class<?>> all() {
        return classesIn("org.atelier.shared", new AnnotationTypeFilter(Revision.class));
    }

    static List<Class<?>> classesIn(String packageName, TypeFilter filter) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(filter);
        return scanner.findCandidateComponents(packageName).stream()
                .<Class<?>>map(candidate -> ClassUtils.resolveClassName(Objects.requireNonNull(candidate.getBeanClassName()),
                        SharedEvents.class.getClassLoader()))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }
}
