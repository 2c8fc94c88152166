package org.atelier.web.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;

import org.atelier.shared.workshop.WorkshopId;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AopUtils;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PostFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.prepost.PreFilter;
import org.springframework.security.authorization.method.AuthorizeReturnObject;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import elsewhere.NotAtelier;

/**
 * The method-security advisors look only at Atelier's classes ({@link OwnMethods}), and only for
 * {@code @PreAuthorize} and the workshop annotations: Spring Security's other method annotations
 * would be enforced by nothing, so no class of Atelier's may carry them.
 */
class MethodSecurityAnnotationsTest {

    private static final JavaClasses ATELIER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.atelier");

    @Test
    void noClassOfAtelierCarriesAMethodSecurityAnnotationThatNoAdvisorEnforces() {
        for (var annotation : List.of(PostAuthorize.class, PreFilter.class, PostFilter.class, Secured.class,
                AuthorizeReturnObject.class)) {
            noMethods().should().beMetaAnnotatedWith(annotation).orShould().beAnnotatedWith(annotation)
                    .allowEmptyShould(true).check(ATELIER);
            noClasses().should().beMetaAnnotatedWith(annotation).orShould().beAnnotatedWith(annotation)
                    .allowEmptyShould(true).check(ATELIER);
        }
    }

    @Test
    void theWorkshopRulesApplyToAnnotatedMethodsOfAtelierOnly() throws Exception {
        Pointcut workshops = WorkshopAccess.annotatedMethods();

        assertThat(AopUtils.canApply(workshops, Guarded.class)).isTrue();
        assertThat(matches(workshops, Guarded.class.getMethod("run", WorkshopId.class))).isTrue();
        assertThat(matches(workshops, Guarded.class.getMethod("open"))).isFalse();
        assertThat(AopUtils.canApply(workshops, NotAtelier.class)).isFalse();
    }

    @Test
    void preAuthorizeAppliesWhereSpringSecurityWouldFindItInAtelier() throws Exception {
        Pointcut expressions = OwnMethods.annotatedOrMetaAnnotatedWith(PreAuthorize.class);

        assertThat(matches(expressions, Guarded.class.getMethod("organiserOnly"))).isTrue();
        assertThat(matches(expressions, Guarded.class.getMethod("proposalReader", String.class))).isTrue();
        assertThat(matches(expressions, Guarded.class.getMethod("open"))).isFalse();
        assertThat(matches(expressions, GuardedClass.class.getMethod("anything"))).isTrue();
        assertThat(AopUtils.canApply(expressions, NotAtelier.class)).isFalse();
    }

    private static boolean matches(Pointcut pointcut, Method method) {
        return pointcut.getClassFilter().matches(method.getDeclaringClass())
                && pointcut.getMethodMatcher().matches(method, method.getDeclaringClass());
    }

    /** A stand-in for a controller. */
    static class Guarded {

        @RunsWorkshop
        public void run(WorkshopId workshopId) {
        }

        @ForOrganiser
        public void organiserOnly() {
        }

        @MetaPreAuthorize
        public void proposalReader(String proposalId) {
        }

        public void open() {
        }
    }

    @PreAuthorize("hasRole('ORGANISER')")
    static class GuardedClass {

        public void anything() {
        }
    }

    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @PreAuthorize("hasRole('ORGANISER')")
    @interface MetaPreAuthorize {
    }
}
