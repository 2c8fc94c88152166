package org.atelier.web.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

class WorkshopApiTest extends ApiTest {

    @Test
    void organiserCreatesAWorkshopWithAJoinCodeAndTokens() {
        Response created = api.post("/api/workshops", ORGANISER, Map.of("title", "Numérique et ESS",
                "theme", "digital", "programme", "PROCESS", "votesPerParticipant", 7,
                "sessions", List.of(Map.of("phase", "CRITIQUE", "start", "2026-03-02T08:30:00Z",
                        "end", "2026-03-02T12:00:00Z"))));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("joinCode")).matches("[A-Z2-9]{6}");
        assertThat(created.text("facilitatorToken")).isNotBlank().isNotEqualTo(created.text("evaluatorToken"));
        Response workshop = api.get("/api/workshops/" + created.text("workshopId"), created.text("evaluatorToken"));
        assertThat(workshop.status()).isEqualTo(200);
        assertThat(workshop.text("title")).isEqualTo("Numérique et ESS");
        assertThat(workshop.text("theme")).isEqualTo("digital");
        assertThat(workshop.text("phase")).isEqualTo("PREPARATION");
        assertThat(workshop.body().path("votesPerParticipant").asInt()).isEqualTo(7);
        assertThat(workshop.body().path("participants").size()).isZero();
        assertThat(workshop.body().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void votesPerParticipantDefaultsToFive() {
        Workshop workshop = scheduleWorkshop();

        Response read = api.get("/api/workshops/" + workshop.id(), workshop.facilitatorToken());

        assertThat(read.body().path("votesPerParticipant").asInt()).isEqualTo(5);
    }

    @Test
    void aWorkshopWithoutTitleIsRefusedNamingTheField() {
        Response refused = api.post("/api/workshops", ORGANISER, Map.of("title", "  ", "theme", "digital"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("field")).isEqualTo("title");
        assertThat(refused.text("detail")).contains("title");
    }

    @Test
    void aSessionForAClosedPhaseIsRefused() {
        Response refused = api.post("/api/workshops", ORGANISER, Map.of("title", "T", "theme", "digital",
                "sessions", List.of(Map.of("phase", "CLOSED", "start", "2026-03-02T08:30:00Z",
                        "end", "2026-03-02T12:00:00Z"))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("sessions");
    }

    @Test
    void anUnknownPhaseNameIsABadRequest() {
        Workshop workshop = scheduleWorkshop();

        Response refused = api.post("/api/workshops/" + workshop.id() + "/advance", workshop.facilitatorToken(),
                Map.of("expectedPhase", "DREAMING"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("expectedPhase");
        assertThat(refused.text("detail")).contains("CRITIQUE");
    }

    @Test
    void votesAsTextAreABadRequest() {
        Response refused = api.post("/api/workshops", ORGANISER,
                Map.of("title", "T", "theme", "digital", "votesPerParticipant", "five"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("votesPerParticipant");
    }

    @Test
    void theFacilitatorAdvancesThroughThePhasesToClosed() {
        Workshop workshop = scheduleWorkshop();
        String path = "/api/workshops/" + workshop.id() + "/advance";

        assertThat(api.post(path, workshop.facilitatorToken(), Map.of("expectedPhase", "PREPARATION")).text("phase"))
                .isEqualTo("CRITIQUE");
        assertThat(api.post(path, workshop.facilitatorToken(), Map.of("expectedPhase", "CRITIQUE")).text("phase"))
                .isEqualTo("UTOPIA");
        assertThat(api.post(path, workshop.facilitatorToken(), Map.of("expectedPhase", "UTOPIA")).text("phase"))
                .isEqualTo("REALIZATION");
        assertThat(api.post(path, workshop.facilitatorToken(), Map.of("expectedPhase", "REALIZATION")).text("phase"))
                .isEqualTo("CLOSED");
        Response afterClose = api.post(path, workshop.facilitatorToken(), Map.of("expectedPhase", "CLOSED"));
        assertThat(afterClose.status()).isEqualTo(409);
    }

    @Test
    void aDoubleClickOnAdvanceNeverSkipsAPhase() {
        Workshop workshop = scheduleWorkshop();
        String path = "/api/workshops/" + workshop.id() + "/advance";

        Response first = api.post(path, workshop.facilitatorToken(), Map.of("expectedPhase", "PREPARATION"));
        Response second = api.post(path, workshop.facilitatorToken(), Map.of("expectedPhase", "PREPARATION"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("detail")).contains("CRITIQUE");
        assertThat(api.get("/api/workshops/" + workshop.id(), ORGANISER).text("phase")).isEqualTo("CRITIQUE");
    }

    @Test
    void advanceWithoutExpectedPhaseIsABadRequest() {
        Workshop workshop = scheduleWorkshop();

        Response refused = api.post("/api/workshops/" + workshop.id() + "/advance", workshop.facilitatorToken(),
                Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("expectedPhase");
    }

    @Test
    void stepsAdvanceFromCollectToDiscussAndANewPhaseStartsAtCollect() {
        Workshop workshop = scheduleWorkshop();
        advanceTo(workshop, "CRITIQUE");
        String path = "/api/workshops/" + workshop.id() + "/advance-step";

        Response cluster = api.post(path, workshop.facilitatorToken(), Map.of("expectedStep", "COLLECT"));
        assertThat(cluster.status()).isEqualTo(200);
        assertThat(cluster.text("phase")).isEqualTo("CRITIQUE");
        assertThat(cluster.text("step")).isEqualTo("CLUSTER");
        assertThat(api.post(path, workshop.facilitatorToken(), Map.of("expectedStep", "COLLECT")).status())
                .isEqualTo(409);
        api.post(path, workshop.facilitatorToken(), Map.of("expectedStep", "CLUSTER"));
        api.post(path, workshop.facilitatorToken(), Map.of("expectedStep", "VOTE"));
        assertThat(api.post(path, workshop.facilitatorToken(), Map.of("expectedStep", "DISCUSS")).status())
                .isEqualTo(409);

        advanceTo(workshop, "UTOPIA");
        assertThat(api.get("/api/workshops/" + workshop.id(), ORGANISER).text("step")).isEqualTo("COLLECT");
    }

    @Test
    void stepsCannotAdvanceBeforeTheFirstPhase() {
        Workshop workshop = scheduleWorkshop();

        Response refused = api.post("/api/workshops/" + workshop.id() + "/advance-step", workshop.facilitatorToken(),
                Map.of("expectedStep", "COLLECT"));

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void anUnknownWorkshopIsNotFound() {
        assertThat(api.get("/api/workshops/no-such-workshop", ORGANISER).status()).isEqualTo(404);
        assertThat(api.get("/api/workshops/no-such-workshop/board", ORGANISER).status()).isEqualTo(404);
        Response advance = api.post("/api/workshops/no-such-workshop/advance", ORGANISER,
                Map.of("expectedPhase", "PREPARATION"));
        assertThat(advance.status()).isEqualTo(404);
        assertThat(advance.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theBoardAsItWasAtAPositionOrAnInstant() throws InterruptedException {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
        postIdea(workshop, ana, "first", "Trop peu de liens entre structures");
        long afterFirst = api.get("/api/workshops/" + workshop.id() + "/board", ana.token()).body().path("version").asLong();
        Thread.sleep(20);
        String between = java.time.Instant.now().toString();
        Thread.sleep(20);
        postIdea(workshop, ana, "second", "Des financements fragmentés");

        Response atPosition = api.get("/api/workshops/" + workshop.id() + "/board?at=" + afterFirst, ana.token());
        Response atInstant = api.get("/api/workshops/" + workshop.id() + "/board?at=" + between, ana.token());
        Response now = api.get("/api/workshops/" + workshop.id() + "/board", ana.token());

        assertThat(atPosition.body().path("version").asLong()).isEqualTo(afterFirst);
        assertThat(atPosition.body().path("ideas").findValuesAsText("ideaId")).containsExactly("first");
        assertThat(atInstant.body().path("ideas").findValuesAsText("ideaId")).containsExactly("first");
        assertThat(now.body().path("ideas").findValuesAsText("ideaId")).containsExactly("first", "second");
        assertThat(now.body().path("version").asLong()).isEqualTo(afterFirst + 1);
    }

    @Test
    void aBadMomentForTheBoardIsABadRequest() {
        Workshop workshop = scheduleWorkshop();

        Response refused = api.get("/api/workshops/" + workshop.id() + "/board?at=yesterday", ORGANISER);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("at");
    }
}
