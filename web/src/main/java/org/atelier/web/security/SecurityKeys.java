package org.atelier.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.atelier.web.storage.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organiser key and the token signing key: configured, or generated once at first start and
 * kept in the data folder. A generated organiser key is printed once, when it is made.
 */
@Component
class SecurityKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String organiserKey;
    private final byte[] signingKey;

    SecurityKeys(DataFolder dataFolder,
                 @Value("${atelier.organiser-key:${ATELIER_ORGANISER_KEY:}}") String configuredOrganiserKey,
                 @Value("${atelier.token-secret:${ATELIER_TOKEN_SECRET:}}") String configuredTokenSecret) {
        this.organiserKey = configuredOrganiserKey.isBlank()
                ? keptOrGenerated(dataFolder.resolve("organiser-key"), true)
                : configuredOrganiserKey.strip();
        String secret = configuredTokenSecret.isBlank()
                ? keptOrGenerated(dataFolder.resolve("token-secret"), false)
                : configuredTokenSecret.strip();
        this.signingKey = secret.getBytes(StandardCharsets.UTF_8);
    }

    String organiserKey() {
        return organiserKey;
    }

    byte[] signingKey() {
        return signingKey.clone();
    }

    private static String keptOrGenerated(Path file, boolean announce) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, key, StandardCharsets.UTF_8);
            restrictToOwner(file);
            if (announce) {
                LOG.warn("Generated the organiser key, kept in {} (shown this once): {}", file, key);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep a key in " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
        }
    }
}
