package org.atelier.web.workshop;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.stereotype.Component;

/**
 * Personal codes to come back as oneself: 128 random bits, URL-safe, so that they can travel in a
 * link and be kept as a digest that nobody can guess back.
 */
@Component
class RejoinCodeGenerator {

    private final SecureRandom random = new SecureRandom();

    String next() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
