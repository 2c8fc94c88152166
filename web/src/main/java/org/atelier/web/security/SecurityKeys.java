package org.atelier.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.atelier.web.storage.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organiser key and the token signing key: configured, or generated once at first start and
 * kept in the data folder. A generated organiser key is printed once, when it is made. After a
 * rotation the previous keys are accepted only while a grace period configured for them lasts.
 */
@Component
class SecurityKeys {

    /** HS256 needs a key of at least 256 bits; a shorter secret could be guessed offline from one token. */
    static final int MIN_SECRET_BYTES = 32;

    private static final Logger LOG = LoggerFactory.getLogger(SecurityKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String organiserKey;
    private final byte[] signingKey;
    private final Optional<String> previousOrganiserKey;
    private final Optional<byte[]> previousSigningKey;
    private final Instant previousKeysUntil;

    SecurityKeys(DataFolder dataFolder,
                 @Value("${atelier.organiser-key:${ATELIER_ORGANISER_KEY:}}") String configuredOrganiserKey,
                 @Value("${atelier.token-secret:${ATELIER_TOKEN_SECRET:}}") String configuredTokenSecret,
                 @Value("${atelier.security.previous-organiser-key:}") String previousOrganiserKey,
                 @Value("${atelier.security.previous-token-secret:}") String previousTokenSecret,
                 @Value("${atelier.security.previous-keys-until:1970-01-01T00:00:00Z}") Instant previousKeysUntil) {
        this.organiserKey = configuredOrganiserKey.isBlank()
                ? keptOrGenerated(dataFolder.resolve("organiser-key"), true)
                : configuredOrganiserKey.strip();
        String secret = configuredTokenSecret.isBlank()
                ? keptOrGenerated(dataFolder.resolve("token-secret"), false)
                : configuredTokenSecret.strip();
        this.signingKey = longEnough(secret, "atelier.token-secret");
        this.previousOrganiserKey = Optional.of(previousOrganiserKey.strip()).filter(key -> !key.isEmpty());
        this.previousSigningKey = Optional.of(previousTokenSecret.strip()).filter(key -> !key.isEmpty())
                .map(key -> longEnough(key, "atelier.security.previous-token-secret"));
        this.previousKeysUntil = previousKeysUntil;
    }

    String organiserKey() {
        return organiserKey;
    }

    byte[] signingKey() {
        return signingKey.clone();
    }

    /** The organiser key before the last rotation, while its grace period lasts. */
    Optional<String> previousOrganiserKey(Instant now) {
        return now.isBefore(previousKeysUntil) ? previousOrganiserKey : Optional.empty();
    }

    /** The signing key before the last rotation, whatever the time: tokens it signed are checked against the grace period. */
    Optional<byte[]> previousSigningKey() {
        return previousSigningKey.map(byte[]::clone);
    }

    Instant previousKeysUntil() {
        return previousKeysUntil;
    }

    private static byte[] longEnough(String secret, String property) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException(property + " must be at least " + MIN_SECRET_BYTES
                    + " bytes long (HS256); leave it unset to have one generated.");
        }
        return bytes;
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
