package org.atelier.web.workshop;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/** Short codes people can read off a projector and type on a phone: no 0/O, 1/I/L. */
@Component
class JoinCodeGenerator {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
