package org.atelier.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * French and English say the same things, once each, and every text a page names by a literal key
 * exists; French punctuation keeps its no-break space.
 */
class MessageBundlesTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    private static final Pattern LITERAL_KEYS = Pattern.compile(
            "data-i18n=\"([\\w.-]+)\"|[:;]\\s*([\\w-]+\\.[\\w.-]+)\\s*(?=[;\"])|\\b(?:t|plural)\\('([\\w.-]+)'");

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties french = bundle("fr");
        Properties english = bundle("en");

        assertThat(english.stringPropertyNames()).isEqualTo(french.stringPropertyNames());
        assertThat(french.stringPropertyNames()).allSatisfy(key -> {
            assertThat(french.getProperty(key)).as("fr " + key).isNotBlank();
            assertThat(english.getProperty(key)).as("en " + key).isNotBlank();
        });
    }

    @Test
    void everyKeyNamedInAPageOrScriptExists() throws IOException {
        Set<String> known = bundle("fr").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(STATIC)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".js")).toList()) {
                Matcher matcher = LITERAL_KEYS.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1) != null ? matcher.group(1)
                            : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
                    named.add(key);
                }
            }
        }
        Set<String> missing = new TreeSet<>(named);
        missing.removeIf(key -> known.contains(key) || known.contains(key + ".other") || !key.contains("."));

        assertThat(named).isNotEmpty();
        assertThat(missing).as("keys used by the pages but missing from the bundles").isEmpty();
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String language : List.of("fr", "en")) {
            List<String> keys = lines(language).stream().map(line -> line.substring(0, line.indexOf('='))).toList();
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

    /** The key=value lines, as written (java.util.Properties would keep only the last of a repeated key). */
    private static List<String> lines(String language) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            assertThat(in).as("bundle " + language).isNotNull();
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

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            assertThat(in).as("bundle " + language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
