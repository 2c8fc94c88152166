package org.atelier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on the embedded default, started once for all API tests on a fresh data
 * folder, and called over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

    protected static final String ORGANISER = "organiser-key-for-tests";

    @LocalServerPort
    private int port;

    protected ApiClient api;

    /** Called once for each application context the tests start: each gets its own data folder. */
    @DynamicPropertySource
    static void embeddedDefault(DynamicPropertyRegistry registry) {
        Path dataDir = freshFolder();
        registry.add("atelier.data-dir", dataDir::toString);
        registry.add("atelier.organiser-key", () -> ORGANISER);
        // The tests join hundreds of people and try bad tokens from one address; ThrottleTest keeps the real limits.
        registry.add("atelier.rate-limit.join.burst", () -> 1_000_000);
        registry.add("atelier.rate-limit.failed-authentication.burst", () -> 1_000_000);
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    protected int port() {
        return port;
    }

    /** A folder relative to the working directory, as an operator may well give it (see AbsoluteDataFolder). */
    private static Path freshFolder() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "atelier-api-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A problem+json answer with that status, a detail and, when given, the field it names. */
    protected static void assertProblem(ApiClient.Response response, int status, String field) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("detail")).isNotBlank();
        if (field != null) {
            assertThat(response.text("field")).isEqualTo(field);
        }
    }

    /** Something with a name no other test uses. */
    protected static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    protected String registerOrganisation(String name, String commune, boolean ess) {
        ApiClient.Response response = api.post("/api/organisations", ORGANISER,
                Map.of("name", name, "commune", commune, "ess", ess));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.text("organisationId");
    }

    protected Workshop scheduleWorkshop() {
        ApiClient.Response response = api.post("/api/workshops", ORGANISER,
                Map.of("title", unique("Numérique"), "theme", "digital"));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return new Workshop(response.text("workshopId"), response.text("joinCode"),
                response.text("facilitatorToken"), response.text("evaluatorToken"));
    }

    /**
     * A workshop on three dated half-days: the first under way now (from an hour ago to two hours
     * from now), the two others weeks later.
     */
    protected Workshop scheduleWorkshopOnThreeDates() {
        Instant now = Instant.now();
        Duration week = Duration.ofDays(7);
        List<Map<String, String>> sessions = List.of(
                Map.of("phase", "CRITIQUE", "start", now.minusSeconds(3600).toString(),
                        "end", now.plusSeconds(7200).toString()),
                Map.of("phase", "UTOPIA", "start", now.plus(week.multipliedBy(3)).toString(),
                        "end", now.plus(week.multipliedBy(3)).plusSeconds(12_600).toString()),
                Map.of("phase", "REALIZATION", "start", now.plus(week.multipliedBy(7)).toString(),
                        "end", now.plus(week.multipliedBy(7)).plusSeconds(12_600).toString()));
        ApiClient.Response response = api.post("/api/workshops", ORGANISER,
                Map.of("title", unique("Numérique"), "theme", "digital", "sessions", sessions));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return new Workshop(response.text("workshopId"), response.text("joinCode"),
                response.text("facilitatorToken"), response.text("evaluatorToken"));
    }

    protected Participant join(Workshop workshop, String organisationId, String name) {
        ApiClient.Response response = api.post("/api/join", null,
                Map.of("joinCode", workshop.joinCode(), "displayName", name, "organisationId", organisationId));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return new Participant(response.text("participantId"), response.text("token"), organisationId);
    }

    protected Participant joinNewOrganisation(Workshop workshop, String name) {
        return join(workshop, registerOrganisation(unique("Org"), "Saint-Étienne", true), name);
    }

    protected void advanceTo(Workshop workshop, String phase) {
        List<String> phases = List.of("PREPARATION", "CRITIQUE", "UTOPIA", "REALIZATION", "CLOSED");
        String current = api.get("/api/workshops/" + workshop.id(), workshop.facilitatorToken()).text("phase");
        for (int i = phases.indexOf(current); i < phases.indexOf(phase); i++) {
            ApiClient.Response response = api.post("/api/workshops/" + workshop.id() + "/advance",
                    workshop.facilitatorToken(), Map.of("expectedPhase", phases.get(i)));
            assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        }
    }

    protected ApiClient.Response postIdea(Workshop workshop, Participant author, String ideaId, String text) {
        return api.post("/api/workshops/" + workshop.id() + "/ideas", author.token(),
                Map.of("ideaId", ideaId, "text", text));
    }

    public record Workshop(String id, String joinCode, String facilitatorToken, String evaluatorToken) {
    }

    public record Participant(String id, String token, String organisationId) {
    }
}
