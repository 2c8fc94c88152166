package org.atelier.web.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pages' texts, from the message bundles {@code i18n/messages_<lang>.properties}: French first, English too. */
@RestController
class MessagesController {

    private static final String DEFAULT_LANGUAGE = "fr";
    private static final Set<String> LANGUAGES = Set.of("fr", "en");

    private final Map<String, Map<String, String>> bundles = new ConcurrentHashMap<>();

    @GetMapping("/i18n/messages")
    ResponseEntity<Map<String, String>> messages(@RequestParam(defaultValue = DEFAULT_LANGUAGE) String lang) {
        String language = LANGUAGES.contains(lang) ? lang : DEFAULT_LANGUAGE;
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .body(bundles.computeIfAbsent(language, MessagesController::load));
    }

    private static Map<String, String> load(String language) {
        try {
            var properties = PropertiesLoaderUtils.loadProperties(new EncodedResource(
                    new ClassPathResource("i18n/messages_" + language + ".properties"), StandardCharsets.UTF_8));
            Map<String, String> messages = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + language + " messages", e);
        }
    }
}
