package org.atelier.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tokens of the first format, {@code v1.<claims>.<HMAC-SHA256>}, issued before tokens became JWTs.
 * They sit in people's bookmarks, so they are still accepted, signed with the same secret, until
 * {@code atelier.security.legacy-tokens-until} (they carry no expiry of their own), unless revoked
 * or their secret rotated. None is issued any more.
 */
@Component
class LegacyTokens {

    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec signingKey;
    private final Optional<SecretKeySpec> previousSigningKey;
    private final SecurityKeys keys;
    private final Instant acceptedUntil;

    LegacyTokens(SecurityKeys keys,
                 @Value("${atelier.security.legacy-tokens-until:2027-12-31T23:59:59Z}") Instant acceptedUntil) {
        this.signingKey = new SecretKeySpec(keys.signingKey(), ALGORITHM);
        this.previousSigningKey = keys.previousSigningKey().map(key -> new SecretKeySpec(key, ALGORITHM));
        this.keys = keys;
        this.acceptedUntil = acceptedUntil;
    }

    static boolean looksLikeOne(String token) {
        return token.startsWith(VERSION + ".");
    }

    /** The caller such a token speaks for, or empty when it is not one (any more). */
    Optional<Caller> verify(String token, Instant now) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0]) || !now.isBefore(acceptedUntil)) {
            return Optional.empty();
        }
        try {
            byte[] signature = DECODER.decode(parts[2]);
            String content = parts[0] + "." + parts[1];
            boolean signed = MessageDigest.isEqual(sign(signingKey, content), signature)
                    || now.isBefore(keys.previousKeysUntil()) && previousSigningKey
                            .filter(previous -> MessageDigest.isEqual(sign(previous, content), signature)).isPresent();
            return signed ? parse(new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<Caller> parse(String claims) {
        String[] fields = claims.split("\\|", -1);
        if (fields.length != 4) {
            return Optional.empty();
        }
        WorkshopId workshop = new WorkshopId(fields[1]);
        return switch (Role.valueOf(fields[0])) {
            case FACILITATOR -> Optional.of(Caller.facilitator(workshop));
            case EVALUATOR -> Optional.of(Caller.evaluator(workshop));
            case PARTICIPANT -> Optional.of(Caller.participant(workshop, new ParticipantId(fields[2]),
                    new OrganisationId(fields[3])));
            case ORGANISER, DISPLAY -> Optional.empty();
        };
    }

    /** A v1 token as it was issued; only tests make them now, to show they still work. */
    static String issue(Caller caller, byte[] secret) {
        String claims = String.join("|", caller.role().name(), value(caller.workshopId()),
                value(caller.participantId()), value(caller.organisationId()));
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        String content = VERSION + "." + body;
        return content + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(sign(new SecretKeySpec(secret, ALGORITHM), content));
    }

    private static String value(Object id) {
        return id == null ? "" : id.toString();
    }

    private static byte[] sign(SecretKeySpec key, String content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
