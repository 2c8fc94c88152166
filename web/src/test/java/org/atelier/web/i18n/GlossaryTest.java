package org.atelier.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One word for one thing on every page and in the report (the README's Glossary): where two pages
 * name the same part of a project, the bundles give them the same text.
 */
class GlossaryTest {

    /** Keys that name the same thing on different pages; each group must read the same. */
    private static final List<List<String>> SAME_TERM = List.of(
            List.of("proposals.field.lead", "report.lead"),
            List.of("proposals.condition.resources", "report.resources"),
            List.of("proposals.condition.obstacles", "proposals.field.obstacles", "report.obstacles"),
            List.of("proposals.condition.firstSteps", "proposals.field.firstSteps", "report.firstSteps"),
            List.of("proposals.condition.timeline", "proposals.field.timeline", "report.timeline"),
            List.of("objections.title", "report.objections"));

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyPageNamesAThingAsTheGlossaryDoes(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = GlossaryTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(SAME_TERM).allSatisfy(keys -> {
            String first = bundle.getProperty(keys.get(0));
            assertThat(first).as("%s %s", language, keys.get(0)).isNotBlank();
            assertThat(keys).allSatisfy(key -> assertThat(bundle.getProperty(key)).as("%s %s", language, key).isEqualTo(first));
        });
    }
}
