package org.atelier.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.atelier.command.workshop.RemovedFacilitators;
import org.atelier.command.workshop.RemovedParticipants;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Checks a bearer token, for HTTP calls and STOMP's CONNECT alike: the organiser key (compared in
 * constant time), a JWT we signed (signature, key id, issuer, expiry), or a token of the first
 * format while those are still accepted. A removed participant's or facilitator's token is refused
 * whatever its form. A refusal is an {@link InvalidBearerTokenException} whose message a person can act on.
 *
 * <p>A signature is checked once per token: tokens whose signature held are kept (a bounded cache,
 * so forged ones, never kept, cannot grow it), and their claims checked again at every call, since
 * expiry and a replaced key's grace depend on the time. Checking the signature at every call took
 * 4 % of the write path's time.
 */
@Component
public class BearerTokens implements AuthenticationManager {

    private final SecurityKeys keys;
    private final LegacyTokens legacyTokens;
    private final RemovedParticipants removedParticipants;
    private final RemovedFacilitators removedFacilitators;
    private final Clock clock;
    private final NimbusJwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> claimsValidator;
    private final Cache<String, Jwt> signatureChecked = Caffeine.newBuilder()
            .maximumSize(SIGNATURES_KEPT)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();
    private final byte[] organiserKey;

    /** About the people of a few hundred rooms at once. */
    private static final int SIGNATURES_KEPT = 20_000;

    BearerTokens(SecurityKeys keys, LegacyTokens legacyTokens, RemovedParticipants removedParticipants,
                 RemovedFacilitators removedFacilitators, Clock clock) {
        this.keys = keys;
        this.legacyTokens = legacyTokens;
        this.removedParticipants = removedParticipants;
        this.removedFacilitators = removedFacilitators;
        this.clock = clock;
        this.organiserKey = keys.organiserKey().getBytes(StandardCharsets.UTF_8);
        this.decoder = decoder(keys);
        this.claimsValidator = claimsValidator(keys, clock);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        return new CallerAuthentication(callerOf(token));
    }

    /** The caller a token speaks for, if it is accepted now. */
    public Caller callerOf(String token) {
        Instant now = clock.instant();
        if (isOrganiserKey(token, now)) {
            return Caller.ORGANISER;
        }
        Caller caller = LegacyTokens.looksLikeOne(token)
                ? legacyTokens.verify(token, now).orElseThrow(() -> new InvalidBearerTokenException(
                        "This token is no longer accepted (or was never valid); ask the facilitator for a new link."))
                : decoded(token);
        if (caller.participantId() != null && removedParticipants.isRemoved(caller.participantId())) {
            throw new RemovedFromWorkshop("This participant was removed from workshop " + caller.workshopId()
                    + "; their token is no longer accepted.");
        }
        if (caller.facilitatorId() != null && removedFacilitators.isRemoved(caller.workshopId(), caller.facilitatorId())) {
            throw new RemovedFromWorkshop("This facilitator was removed from workshop " + caller.workshopId()
                    + "; their token is no longer accepted.");
        }
        return caller;
    }

    private boolean isOrganiserKey(String token, Instant now) {
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(organiserKey, given) || keys.previousOrganiserKey(now)
                .filter(previous -> MessageDigest.isEqual(previous.getBytes(StandardCharsets.UTF_8), given))
                .isPresent();
    }

    private Caller decoded(String token) {
        Jwt jwt;
        try {
            jwt = signatureChecked.get(token, decoder::decode);
            OAuth2TokenValidatorResult claims = claimsValidator.validate(jwt);
            if (claims.hasErrors()) {
                throw new JwtValidationException("The bearer token is not valid.", claims.getErrors());
            }
        } catch (JwtValidationException invalid) {
            throw new InvalidBearerTokenException(invalid.getErrors().stream().findFirst()
                    .map(OAuth2Error::getDescription).orElse("The bearer token is not valid.")
                    + " Ask for a new token or link.");
        } catch (JwtException notOurs) {
            throw new InvalidBearerTokenException("The bearer token is not valid; use the token returned when the "
                    + "workshop was created or joined.");
        }
        WorkshopId workshop = new WorkshopId(jwt.getClaimAsString(Tokens.WORKSHOP));
        return switch (Role.valueOf(jwt.getClaimAsString(Tokens.ROLE))) {
            case FACILITATOR -> Caller.facilitator(workshop, Optional.ofNullable(jwt.getClaimAsString(Tokens.FACILITATOR))
                    .map(FacilitatorId::new).orElse(FacilitatorId.FIRST));
            case EVALUATOR -> Caller.evaluator(workshop);
            case DISPLAY -> Caller.display(workshop);
            case PARTICIPANT -> Caller.participant(workshop, new ParticipantId(jwt.getClaimAsString(Tokens.PARTICIPANT)),
                    new OrganisationId(jwt.getClaimAsString(Tokens.ORGANISATION)));
            case ORGANISER -> throw new InvalidBearerTokenException("The organiser uses their key, not a token.");
        };
    }

    /**
     * HS256 only, the key chosen by the token's key id: the current secret's, and the previous
     * secret's (whether its grace lasts is a claim check, {@link #claimsValidator}). Checks the
     * signature and reads the claims, nothing more.
     */
    private static NimbusJwtDecoder decoder(SecurityKeys keys) {
        List<JWK> verificationKeys = new ArrayList<>(List.of(Tokens.signingKey(keys.signingKey())));
        keys.previousSigningKey().map(Tokens::signingKey).ifPresent(verificationKeys::add);
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.HS256,
                new ImmutableJWKSet<>(new JWKSet(verificationKeys))));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            // The claims are checked at every call, by the validator below.
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return decoder;
    }

    /** Expiry, issuer, and the previous secret's grace period: what may change from one call to the next. */
    private static OAuth2TokenValidator<Jwt> claimsValidator(SecurityKeys keys, Clock clock) {
        Optional<OctetSequenceKey> previous = keys.previousSigningKey().map(Tokens::signingKey);
        JwtTimestampValidator expiry = new JwtTimestampValidator();
        expiry.setClock(clock);
        OAuth2TokenValidator<Jwt> graceOfThePreviousKey = jwt -> previous
                .filter(key -> key.getKeyID().equals(jwt.getHeaders().get("kid")))
                .filter(key -> !clock.instant().isBefore(keys.previousKeysUntil()))
                .map(key -> OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "This token was signed with a secret that has since been replaced.", null)))
                .orElse(OAuth2TokenValidatorResult.success());
        return new DelegatingOAuth2TokenValidator<>(expiry, new JwtIssuerValidator(Tokens.ISSUER), graceOfThePreviousKey);
    }
}
