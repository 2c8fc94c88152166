package org.atelier.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every text of the pages exists in French and in English, once. */
class MessageBundlesTest {

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(keys("fr"))).isEqualTo(new TreeSet<>(keys("en")));
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String language : List.of("fr", "en")) {
            List<String> keys = keys(language);
            assertThat(Set.copyOf(keys)).as(language).hasSameSizeAs(keys);
        }
    }

    /** The phase prompts are quoted word for word from the seed document, spaces included. */
    @Test
    void frenchPunctuationNeverStartsALine() throws IOException {
        for (String line : lines("fr").stream().filter(line -> !line.startsWith("prompt.")).toList()) {
            String value = line.substring(line.indexOf('=') + 1);
            assertThat(value).as(line).doesNotContainPattern(" [:;?!»]").doesNotContain("« ");
        }
    }

    private static List<String> keys(String language) throws IOException {
        return lines(language).stream().map(line -> line.substring(0, line.indexOf('='))).toList();
    }

    /** The key=value lines, as written (a repeated key would be lost by java.util.Properties). */
    private static List<String> lines(String language) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            assertThat(in).as(language).isNotNull();
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                    lines.add(trimmed);
                }
            }
            return lines;
        }
    }
}
