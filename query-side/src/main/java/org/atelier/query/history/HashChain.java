package org.atelier.query.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The hash chain over a workshop's history. Each event's hash is
 * {@code SHA-256(previousHash + "\n" + canonical JSON of the event's hashed members)}, in lower-case
 * hex, the first event's previous hash being 64 zeros. The hashed members are those of an exported
 * line (see {@link #HASHED_MEMBERS}), so an export can be checked from its own lines, anonymous
 * phases included, without the event store.
 */
public final class HashChain {

    /** The name of this algorithm in answers; any change to what is hashed gets a new name. */
    public static final String ALGORITHM = "atelier-history-sha256-v1";
    public static final String GENESIS = "0".repeat(64);
    public static final List<String> HASHED_MEMBERS =
            List.of("position", "at", "type", "actor", "organisationId", "phase", "step", "payload");

    private final MessageDigest sha256;
    private String head;

    public HashChain() {
        this(GENESIS);
    }

    /** The chain continued from the event whose hash is {@code head}. */
    HashChain(String head) {
        this.head = head;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The hash of the last event linked, {@link #GENESIS} before the first. */
    public String head() {
        return head;
    }

    /** Links the next event, given its line (only the hashed members count), and answers its hash. */
    public String link(JsonNode line) {
        ObjectNode hashed = JsonNodeFactory.instance.objectNode();
        for (String member : HASHED_MEMBERS) {
            JsonNode value = line.get(member);
            hashed.set(member, value == null ? JsonNodeFactory.instance.nullNode() : value);
        }
        sha256.update((head + "\n").getBytes(StandardCharsets.UTF_8));
        head = HexFormat.of().formatHex(sha256.digest(CanonicalJson.of(hashed).getBytes(StandardCharsets.UTF_8)));
        return head;
    }
}
