package org.atelier.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.atelier.command.rejection.DomainRejection;
import org.atelier.shared.PublicName;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;

/**
 * What clients see of events (a live message's, the history's and a trace step's {@code type}) and
 * of refusals (a problem's {@code code}) is declared with {@link PublicName}, never taken from a
 * class's name, each name names one thing, and every name stays as it was published.
 */
class PublicNamesTest {

    @Test
    void everyEventDeclaresItsName() {
        assertThat(DeclaredNames.events()).hasSizeGreaterThanOrEqualTo(50)
                .allSatisfy(event -> assertThat(event.isAnnotatedWith(PublicName.class))
                        .as("%s declares its @PublicName", event.getSimpleName()).isTrue());
    }

    @Test
    void everyRefusalOfTheDomainDeclaresItsCode() {
        List<JavaClass> refusals = DeclaredNames.CLASSES.stream()
                .filter(type -> type.isAssignableTo(DomainRejection.class)
                        && !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .toList();

        assertThat(refusals).isNotEmpty().allSatisfy(refusal -> assertThat(refusal.isAnnotatedWith(PublicName.class))
                .as("%s declares its @PublicName", refusal.getName()).isTrue());
    }

    @Test
    void onlyEventsAndRefusalsHavePublicNames() {
        assertThat(DeclaredNames.CLASSES.stream().filter(type -> type.isAnnotatedWith(PublicName.class)))
                .allSatisfy(named -> assertThat(DeclaredNames.events().contains(named)
                        || named.isAssignableTo(Throwable.class)).as("%s is an event or a refusal", named.getName())
                        .isTrue());
    }

    @Test
    void eventTypesAreUniqueAndAsPublished() throws IOException {
        List<String> types = DeclaredNames.names(DeclaredNames.events());

        assertThat(types).doesNotHaveDuplicates();
        assertThat(types).as("event types; a published one never changes, a new one is added to event-types.txt")
                .containsExactlyElementsOf(published("event-types.txt"));
    }

    @Test
    void problemCodesAreUniqueAndAsPublished() throws IOException {
        List<String> codes = DeclaredNames.problemCodes();

        assertThat(codes).doesNotHaveDuplicates();
        assertThat(codes).as("problem codes; a published one never changes, a new one is added to problem-codes.txt")
                .containsExactlyElementsOf(published("problem-codes.txt"));
    }

    private static List<String> published(String list) throws IOException {
        try (InputStream in = PublicNamesTest.class.getResourceAsStream("/public-names/" + list)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }
}
