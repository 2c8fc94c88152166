package org.atelier.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.atelier.command.rejection.DomainRejection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every refusal a screen can receive has its own text in both languages (problem.&lt;code&gt;), so a
 * reader is never shown the rule's code name ("VoteBudgetExceeded") nor left with an English detail
 * on a French page.
 */
class RefusalTextsTest {

    /** The codes the web layer and the command side's interceptor give besides the domain's refusals. */
    private static final List<String> OTHER_CODES =
            List.of("InvalidInput", "Forbidden", "UnknownId", "ChangedMeanwhile", "RebuildRunning");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyRefusalCodeHasATextInTheBundle(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = RefusalTextsTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> codes = Stream.concat(domainRefusals().stream(), OTHER_CODES.stream()).toList();
        assertThat(codes).hasSizeGreaterThan(OTHER_CODES.size());
        assertThat(codes).allSatisfy(code -> assertThat(bundle.stringPropertyNames())
                .as("%s text for the refusal %s", language, code)
                .anyMatch(key -> key.equals("problem." + code) || key.startsWith("problem." + code + ".")));
    }

    private static List<String> domainRefusals() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.atelier.command").stream()
                .filter(type -> type.isAssignableTo(DomainRejection.class) && !type.getModifiers().contains(
                        com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
                .map(JavaClass::getSimpleName)
                .sorted()
                .toList();
    }
}
