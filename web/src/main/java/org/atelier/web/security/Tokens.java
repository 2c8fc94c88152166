package org.atelier.web.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import org.atelier.shared.workshop.FacilitatorId;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

/**
 * Issues bearer tokens: JWTs signed with HS256 under {@code atelier.token-secret}, whose key id
 * names that secret, so that a rotated secret's tokens are told apart (and refused, or accepted
 * during a grace period). The claims say who the token speaks for; they never say more, and the
 * token itself never enters an event or a log.
 */
@Component
public class Tokens {

    static final String ISSUER = "atelier";
    static final String ROLE = "role";
    static final String WORKSHOP = "workshop";
    static final String PARTICIPANT = "participant";
    static final String ORGANISATION = "organisation";
    static final String FACILITATOR = "facilitator";

    private final JwtEncoder encoder;
    private final String keyId;
    private final TokenLifetimes lifetimes;
    private final Clock clock;

    Tokens(SecurityKeys keys, TokenLifetimes lifetimes, Clock clock) {
        OctetSequenceKey key = signingKey(keys.signingKey());
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        this.keyId = key.getKeyID();
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    /**
     * A token for a facilitator, evaluator or participant.
     *
     * @param lastSessionEnd the end of the workshop's last dated half-day, {@code null} when none is dated
     */
    public String issue(Caller caller, Instant lastSessionEnd) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(caller.actor())
                .issuedAt(now)
                .expiresAt(lifetimes.expiryOf(caller.role(), now, lastSessionEnd))
                .claim(ROLE, caller.role().name())
                .claim(WORKSHOP, caller.workshopId().value());
        if (caller.participantId() != null) {
            claims.claim(PARTICIPANT, caller.participantId().value());
        }
        if (caller.facilitatorId() != null && !FacilitatorId.FIRST.equals(caller.facilitatorId())) {
            claims.claim(FACILITATOR, caller.facilitatorId().value());
        }
        if (caller.organisationId() != null) {
            claims.claim(ORGANISATION, caller.organisationId().value());
        }
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).keyId(keyId).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    /** The secret as a JSON Web Key, its id a digest of the secret (never the secret itself). */
    static OctetSequenceKey signingKey(byte[] secret) {
        return new OctetSequenceKey.Builder(secret)
                .keyID(keyIdOf(secret))
                .algorithm(JWSAlgorithm.HS256)
                .build();
    }

    private static String keyIdOf(byte[] secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 9));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
