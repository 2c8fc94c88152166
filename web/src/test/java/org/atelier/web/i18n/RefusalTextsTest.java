package org.atelier.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.atelier.architecture.DeclaredNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every refusal a screen can receive has its own text in both languages (problem.&lt;code&gt;), so a
 * reader is never shown the rule's code name ("VoteBudgetExceeded") nor left with an English detail
 * on a French page.
 */
class RefusalTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyRefusalCodeHasATextInTheBundle(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = RefusalTextsTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> codes = DeclaredNames.problemCodes();
        assertThat(codes).isNotEmpty();
        assertThat(codes).allSatisfy(code -> assertThat(bundle.stringPropertyNames())
                .as("%s text for the refusal %s", language, code)
                .anyMatch(key -> key.equals("problem." + code) || key.startsWith("problem." + code + ".")));
    }
}
