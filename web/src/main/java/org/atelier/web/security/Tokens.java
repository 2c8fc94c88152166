package org.atelier.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.springframework.stereotype.Component;

/**
 * Signed bearer tokens: {@code v1.<claims>.<HMAC-SHA256>}, both parts base64url. The signature
 * makes a token table unnecessary; the organiser key is compared as it is.
 */
@Component
public class Tokens {

    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec signingKey;
    private final byte[] organiserKey;

    Tokens(SecurityKeys keys) {
        this.signingKey = new SecretKeySpec(keys.signingKey(), ALGORITHM);
        this.organiserKey = keys.organiserKey().getBytes(StandardCharsets.UTF_8);
    }

    public String issue(Caller caller) {
        String claims = String.join("|", caller.role().name(), value(caller.workshopId()),
                value(caller.participantId()), value(caller.organisationId()));
        String body = ENCODER.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        return VERSION + "." + body + "." + ENCODER.encodeToString(sign(VERSION + "." + body));
    }

    /** The caller a token speaks for, or empty when it is not one of ours. */
    public Optional<Caller> verify(String token) {
        if (MessageDigest.isEqual(organiserKey, token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(Caller.ORGANISER);
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            byte[] expected = sign(parts[0] + "." + parts[1]);
            if (!MessageDigest.isEqual(expected, DECODER.decode(parts[2]))) {
                return Optional.empty();
            }
            return parse(new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8));
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
            case ORGANISER -> Optional.empty();
        };
    }

    private static String value(Object id) {
        return id == null ? "" : id.toString();
    }

    private byte[] sign(String content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(signingKey);
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
