package org.atelier.architecture;

import java.util.List;

import org.atelier.shared.PublicName;
import org.axonframework.serialization.Revision;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The events and refusals of the product's code, and the public names they declare. */
public final class DeclaredNames {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.atelier");

    private DeclaredNames() {
    }

    /** Every event: the records of shared-events carrying a {@link Revision}, as every event does. */
    static List<JavaClass> events() {
        return CLASSES.stream()
                .filter(type -> type.getPackageName().startsWith("org.atelier.shared")
                        && type.isAnnotatedWith(Revision.class))
                .toList();
    }

    /** Every refusal that declares the code of its problem. */
    static List<JavaClass> refusals() {
        return CLASSES.stream()
                .filter(type -> type.isAssignableTo(Throwable.class) && type.isAnnotatedWith(PublicName.class))
                .toList();
    }

    /** The {@code type} of every event, as live messages, the history and traces give it. */
    public static List<String> eventTypes() {
        return names(events());
    }

    /** The {@code code} of every problem the API may answer. */
    public static List<String> problemCodes() {
        return names(refusals());
    }

    static List<String> names(List<JavaClass> types) {
        return types.stream().map(type -> type.getAnnotationOfType(PublicName.class).value()).sorted().toList();
    }
}
