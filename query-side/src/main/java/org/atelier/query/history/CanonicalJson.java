package org.atelier.query.history;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.erdtman.jcs.JsonCanonicalizer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON written in one way only: RFC 8785 (JSON Canonicalization Scheme), by the RFC authors' own
 * implementation. Object members sorted by name, no white space, strings escaped only where JSON
 * requires it, numbers as ECMAScript writes a double. Anyone can write the same text from the same
 * JSON, whatever the order or spacing it came in. Every number our events hold is a whole number
 * well inside a double's exact range, written in plain digits as before, so hashes made before
 * this class followed the RFC's number rule are unchanged.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String of(JsonNode node) {
        try {
            return new JsonCanonicalizer(node.toString()).getEncodedString();
        } catch (IOException e) {
            throw new UncheckedIOException("Jackson wrote JSON the canonicalizer cannot read", e);
        }
    }
}
