package org.atelier.web.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class StepsTimerAndReadyApiTest extends ApiTest {

    private Workshop workshop;
    private Participant ana;

    @BeforeEach
    void aWorkshopInCritique() {
        workshop = scheduleWorkshop();
        ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
    }

    @Test
    void theFacilitatorStepsBackAndTheBoardFollows() {
        api.post(path("/advance-step"), workshop.facilitatorToken(), Map.of("expectedStep", "COLLECT"));

        Response back = api.post(path("/step-back"), workshop.facilitatorToken(), Map.of("expectedStep", "CLUSTER"));

        assertThat(back.status()).isEqualTo(200);
        assertThat(back.text("phase")).isEqualTo("CRITIQUE");
        assertThat(back.text("step")).isEqualTo("COLLECT");
        assertThat(api.post(path("/step-back"), workshop.facilitatorToken(), Map.of("expectedStep", "CLUSTER")).status())
                .isEqualTo(409);
    }

    @Test
    void theFacilitatorGoesBackAPhaseAndItsIdeasAreStillThere() {
        postIdea(workshop, ana, "kept", "Toujours là");
        advanceTo(workshop, "UTOPIA");

        Response back = api.post(path("/phase-back"), workshop.facilitatorToken(), Map.of("expectedPhase", "UTOPIA"));

        assertThat(back.status()).isEqualTo(200);
        assertThat(back.text("phase")).isEqualTo("CRITIQUE");
        assertThat(back.text("step")).isEqualTo("DISCUSS");
        assertThat(board().path("ideas").findValuesAsText("ideaId")).containsExactly("kept");
    }

    @Test
    void aTimerRunsPausesResumesIsExtendedAndStopsOnServerTime() {
        Instant before = Instant.now();
        Response started = api.post(path("/timer/start"), workshop.facilitatorToken(), Map.of("seconds", 300));

        assertThat(started.status()).isEqualTo(200);
        assertThat(started.body().path("timer").path("state").asText()).isEqualTo("RUNNING");
        Instant endsAt = Instant.parse(started.body().path("timer").path("endsAt").asText());
        Instant serverTime = Instant.parse(started.text("serverTime"));
        assertThat(Duration.between(serverTime, endsAt).toSeconds()).isBetween(290L, 300L);
        assertThat(endsAt).isAfter(before.plusSeconds(290));

        JsonNode paused = api.post(path("/timer/pause"), workshop.facilitatorToken(), Map.of()).body().path("timer");
        assertThat(paused.path("state").asText()).isEqualTo("PAUSED");
        assertThat(paused.path("remainingSeconds").asLong()).isBetween(290L, 300L);

        JsonNode extended = api.post(path("/timer/extend"), workshop.facilitatorToken(), Map.of("seconds", 60))
                .body().path("timer");
        assertThat(extended.path("remainingSeconds").asLong()).isBetween(350L, 360L);

        JsonNode resumed = api.post(path("/timer/resume"), workshop.facilitatorToken(), Map.of()).body().path("timer");
        assertThat(resumed.path("state").asText()).isEqualTo("RUNNING");
        assertThat(board().path("timer").path("state").asText()).isEqualTo("RUNNING");

        Response stopped = api.post(path("/timer/stop"), workshop.facilitatorToken(), Map.of());
        assertThat(stopped.body().path("timer").isNull()).isTrue();
        assertThat(board().path("timer").isNull()).isTrue();
    }

    @Test
    void pausingWithoutATimerIsAConflict() {
        assertThat(api.post(path("/timer/pause"), workshop.facilitatorToken(), Map.of()).status()).isEqualTo(409);
    }

    @Test
    void aTimerWithoutLengthIsABadRequest() {
        Response refused = api.post(path("/timer/start"), workshop.facilitatorToken(), Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("seconds");
    }

    @Test
    void participantsDoNotRunTheTimer() {
        assertThat(api.post(path("/timer/start"), ana.token(), Map.of("seconds", 60)).status()).isEqualTo(403);
    }

    @Test
    void theFacilitatorSeesWhoIsDoneWithTheStep() {
        assertThat(api.post(path("/ready"), ana.token(), Map.of()).status()).isEqualTo(204);
        assertThat(api.post(path("/ready"), ana.token(), Map.of()).status()).isEqualTo(204);

        assertThat(board().path("ready").size()).isEqualTo(1);
        assertThat(board().path("ready").get(0).asText()).isEqualTo(ana.id());
        api.post(path("/advance-step"), workshop.facilitatorToken(), Map.of("expectedStep", "COLLECT"));
        assertThat(board().path("ready").size()).isZero();
    }

    private JsonNode board() {
        return api.get(path("/board"), workshop.facilitatorToken()).body();
    }

    private String path(String rest) {
        return "/api/workshops/" + workshop.id() + rest;
    }
}
