package org.atelier.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.EntityId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.data.mongodb.core.mapping.Document;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Each module holds one concern; these rules keep it so. */
@AnalyzeClasses(packages = "org.atelier", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule sharedEventsDependOnNoFrameworkButAxonsAnnotations = classes()
            .that().resideInAPackage("org.atelier.shared..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "org.atelier.shared..")
                    .or(belongToAnyOf(Revision.class, TargetAggregateIdentifier.class)));

    @ArchTest
    static final ArchRule mongoDocumentsLiveOnlyInTheQuerySide = classes()
            .that().areAnnotatedWith(Document.class)
            .should().resideInAPackage("org.atelier.query..");

    @ArchTest
    static final ArchRule aggregatesLiveOnlyInTheCommandSide = classes()
            .that().areAnnotatedWith(Aggregate.class)
            .should().resideInAPackage("org.atelier.command..");

    /** An aggregate, an entity of one (it has an {@code @EntityId}), or a part held as an {@code @AggregateMember}. */
    private static final DescribedPredicate<JavaClass> AGGREGATES_AND_THEIR_PARTS = DescribedPredicate.describe(
            "are aggregates or their parts",
            javaClass -> javaClass.isAnnotatedWith(Aggregate.class)
                    || javaClass.getAllFields().stream().anyMatch(field -> field.isAnnotatedWith(EntityId.class))
                    || javaClass.getFieldsWithTypeOfSelf().stream()
                            .anyMatch(field -> field.isAnnotatedWith(AggregateMember.class)));

    /** Aggregates decide; what they look up (JPA tables) sits beside them behind an interface of their own. */
    @ArchTest
    static final ArchRule aggregatesDependOnNeitherSpringNorJpa = noClasses()
            .that(AGGREGATES_AND_THEIR_PARTS)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.hibernate..");

    @ArchTest
    static final ArchRule theCommandSideKnowsNothingOfMongo = noClasses()
            .that().resideInAPackage("org.atelier.command..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.mongodb..", "com.mongodb..",
                    "org.atelier.query..");

    @ArchTest
    static final ArchRule theQuerySideNeverReachesIntoTheCommandSide = noClasses()
            .that().resideInAPackage("org.atelier.query..")
            .should().dependOnClassesThat().resideInAPackage("org.atelier.command..");

    @ArchTest
    static final ArchRule noModuleBelowTheWebDependsOnIt = noClasses()
            .that().resideInAnyPackage("org.atelier.shared..", "org.atelier.command..", "org.atelier.query..")
            .should().dependOnClassesThat().resideInAPackage("org.atelier.web..");
}
