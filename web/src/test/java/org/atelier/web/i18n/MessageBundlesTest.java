package org.atelier.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** French and English say the same things, and every text a page names by a literal key exists. */
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

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            assertThat(in).as("bundle " + language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
