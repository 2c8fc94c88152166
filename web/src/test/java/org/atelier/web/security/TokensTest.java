package org.atelier.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.atelier.command.workshop.RemovedFacilitators;
import org.atelier.command.workshop.RemovedParticipants;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Tokens as issued and checked: signed JWTs that expire by role, older tokens, rotation of both keys. */
class TokensTest {

    private static final String SECRET = "a-token-secret-of-at-least-32-bytes-for-tests";
    private static final String NEW_SECRET = "the-token-secret-after-rotation-32-bytes-long";
    private static final String ORGANISER_KEY = "organiser-key-before";
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant NEVER = Instant.EPOCH;
    private static final WorkshopId WORKSHOP = new WorkshopId("workshop-1");
    private static final Caller ANA = Caller.participant(WORKSHOP, new ParticipantId("ana"), new OrganisationId("org-1"));

    private final Set<ParticipantId> removed = new HashSet<>();
    private final Set<FacilitatorId> removedFacilitators = new HashSet<>();

    @Test
    void aTokenIsAnHs256JwtNamingItsKeyAndWhoItSpeaksFor() throws Exception {
        String token = tokens(SECRET, NOW).issue(ANA, null);

        JsonNode header = part(token, 0);
        JsonNode claims = part(token, 1);
        assertThat(header.path("alg").asText()).isEqualTo("HS256");
        assertThat(header.path("kid").asText()).isNotBlank().doesNotContain(SECRET);
        assertThat(claims.path("role").asText()).isEqualTo("PARTICIPANT");
        assertThat(claims.path("workshop").asText()).isEqualTo("workshop-1");
        assertThat(claims.path("participant").asText()).isEqualTo("ana");
        assertThat(bearerTokens(keys(SECRET, "", NEVER), NOW).callerOf(token)).isEqualTo(ANA);
    }

    @Test
    void aParticipantsTokenOutlastsTheWorkshopsLastHalfDayAndItsFollowUp() throws Exception {
        Instant lastHalfDay = NOW.plus(Duration.ofDays(40));

        long expiry = part(tokens(SECRET, NOW).issue(ANA, lastHalfDay), 1).path("exp").asLong();

        assertThat(Instant.ofEpochSecond(expiry)).isEqualTo(lastHalfDay.plus(Duration.ofDays(365)));
    }

    @Test
    void anEvaluatorsTokenLastsForTheProgrammesEvaluation() throws Exception {
        long expiry = part(tokens(SECRET, NOW).issue(Caller.evaluator(WORKSHOP), null), 1).path("exp").asLong();

        assertThat(Instant.ofEpochSecond(expiry)).isEqualTo(NOW.plus(Duration.ofDays(1095)));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = tokens(SECRET, NOW).issue(ANA, null);

        assertThatThrownBy(() -> bearerTokens(keys(SECRET, "", NEVER), NOW.plus(Duration.ofDays(366))).callerOf(token))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("expired");
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        String token = tokens("someone-elses-secret-of-32-bytes-or-more", NOW).issue(ANA, null);

        assertThatThrownBy(() -> bearerTokens(keys(SECRET, "", NEVER), NOW).callerOf(token))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void aSecretShorterThan32BytesIsRefusedAtStart() {
        assertThatIllegalStateException().isThrownBy(() -> keys("too-short", "", NEVER))
                .withMessageContaining("32 bytes");
    }

    @Test
    void aTokenOfTheFirstFormatStillWorksUntilTheLegacyDeadline() {
        String legacy = LegacyTokens.issue(ANA, SECRET.getBytes(StandardCharsets.UTF_8));

        assertThat(bearerTokens(keys(SECRET, "", NEVER), NOW).callerOf(legacy)).isEqualTo(ANA);
        assertThatThrownBy(() -> bearerTokens(keys(SECRET, "", NEVER), Instant.parse("2028-01-01T00:00:00Z"))
                .callerOf(legacy)).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void aRemovedParticipantsTokenIsRefusedWhateverItsFormat() {
        String token = tokens(SECRET, NOW).issue(ANA, null);
        String legacy = LegacyTokens.issue(ANA, SECRET.getBytes(StandardCharsets.UTF_8));
        removed.add(ANA.participantId());

        assertThatThrownBy(() -> bearerTokens(keys(SECRET, "", NEVER), NOW).callerOf(token))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("removed");
        assertThatThrownBy(() -> bearerTokens(keys(SECRET, "", NEVER), NOW).callerOf(legacy))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("removed");
    }

    @Test
    void aCoFacilitatorsTokenSaysWhoTheyAreAndIsRefusedOnceTheyAreRemoved() {
        Caller claire = Caller.facilitator(new WorkshopId("w-1"), new FacilitatorId("claire"));
        String token = tokens(SECRET, NOW).issue(claire, null);

        assertThat(bearerTokens(keys(SECRET, "", NEVER), NOW).callerOf(token)).isEqualTo(claire);
        assertThat(claire.actor()).isEqualTo("facilitator:claire");
        removedFacilitators.add(claire.facilitatorId());
        assertThatThrownBy(() -> bearerTokens(keys(SECRET, "", NEVER), NOW).callerOf(token))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("removed");
    }

    @Test
    void theFirstFacilitatorsTokenNamesNoFacilitatorAndStaysTheirs() {
        String token = tokens(SECRET, NOW).issue(Caller.facilitator(new WorkshopId("w-1")), null);

        Caller first = bearerTokens(keys(SECRET, "", NEVER), NOW).callerOf(token);

        assertThat(first.facilitatorId()).isEqualTo(FacilitatorId.FIRST);
        assertThat(first.actor()).isEqualTo("facilitator");
    }

    @Test
    void afterRotatingTheSecretOldTokensAreRefused() {
        String before = tokens(SECRET, NOW).issue(ANA, null);
        String legacy = LegacyTokens.issue(ANA, SECRET.getBytes(StandardCharsets.UTF_8));
        BearerTokens rotated = bearerTokens(keys(NEW_SECRET, "", NEVER), NOW);

        assertThatThrownBy(() -> rotated.callerOf(before)).isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> rotated.callerOf(legacy)).isInstanceOf(InvalidBearerTokenException.class);
        assertThat(rotated.callerOf(tokens(NEW_SECRET, NOW).issue(ANA, null))).isEqualTo(ANA);
    }

    @Test
    void duringAGracePeriodTokensOfThePreviousSecretStillWorkAndNotAfter() {
        String before = tokens(SECRET, NOW).issue(ANA, null);
        String legacy = LegacyTokens.issue(ANA, SECRET.getBytes(StandardCharsets.UTF_8));
        Instant graceEnds = NOW.plus(Duration.ofDays(7));

        BearerTokens during = bearerTokens(keys(NEW_SECRET, SECRET, graceEnds), NOW.plus(Duration.ofDays(1)));
        BearerTokens after = bearerTokens(keys(NEW_SECRET, SECRET, graceEnds), graceEnds);

        assertThat(during.callerOf(before)).isEqualTo(ANA);
        assertThat(during.callerOf(legacy)).isEqualTo(ANA);
        assertThatThrownBy(() -> after.callerOf(before)).isInstanceOf(InvalidBearerTokenException.class)
                .hasMessageContaining("replaced");
        assertThatThrownBy(() -> after.callerOf(legacy)).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void afterRotatingTheOrganiserKeyTheOldOneWorksOnlyDuringItsGracePeriod() {
        Instant graceEnds = NOW.plus(Duration.ofDays(1));
        SecurityKeys rotated = new SecurityKeys(null, "organiser-key-after", SECRET, ORGANISER_KEY, "", graceEnds);

        assertThat(bearerTokens(rotated, NOW).callerOf("organiser-key-after")).isEqualTo(Caller.ORGANISER);
        assertThat(bearerTokens(rotated, NOW).callerOf(ORGANISER_KEY)).isEqualTo(Caller.ORGANISER);
        assertThatThrownBy(() -> bearerTokens(rotated, graceEnds).callerOf(ORGANISER_KEY))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> bearerTokens(keys(SECRET, "", NEVER), NOW).callerOf("organiser-key-after"))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    private static SecurityKeys keys(String secret, String previousSecret, Instant previousUntil) {
        return new SecurityKeys(null, ORGANISER_KEY, secret, "", previousSecret, previousUntil);
    }

    private static Tokens tokens(String secret, Instant now) {
        return new Tokens(keys(secret, "", NEVER), lifetimes(), Clock.fixed(now, ZoneOffset.UTC));
    }

    private BearerTokens bearerTokens(SecurityKeys keys, Instant now) {
        return new BearerTokens(keys, new LegacyTokens(keys, Instant.parse("2027-12-31T23:59:59Z")),
                new RemovedParticipants() {
                    @Override
                    public void record(ParticipantId participantId, WorkshopId workshopId, Instant at) {
                        removed.add(participantId);
                    }

                    @Override
                    public boolean isRemoved(ParticipantId participantId) {
                        return removed.contains(participantId);
                    }
                }, new RemovedFacilitators() {
                    @Override
                    public void record(WorkshopId workshopId, FacilitatorId facilitatorId, Instant at) {
                        removedFacilitators.add(facilitatorId);
                    }

                    @Override
                    public boolean isRemoved(WorkshopId workshopId, FacilitatorId facilitatorId) {
                        return removedFacilitators.contains(facilitatorId);
                    }
                }, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static TokenLifetimes lifetimes() {
        return new TokenLifetimes(Duration.ofDays(365), Duration.ofDays(1095));
    }

    private static JsonNode part(String jwt, int index) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
    }
}
