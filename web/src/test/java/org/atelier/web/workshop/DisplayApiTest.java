package org.atelier.web.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The room display reads what a participant of no organisation would see, and changes nothing. */
class DisplayApiTest extends ApiTest {

    @Test
    void theFacilitatorGetsADisplayTokenThatReadsTheBoard() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
        postIdea(workshop, ana, "wall-1", "Trop de réunions");

        Response issued = api.post("/api/workshops/" + workshop.id() + "/displays", workshop.facilitatorToken(), Map.of());

        assertThat(issued.status()).isEqualTo(201);
        JsonNode board = api.get("/api/workshops/" + workshop.id() + "/board", issued.text("token")).body();
        assertThat(board.path("ideas").findValuesAsText("ideaId")).containsExactly("wall-1");
    }

    @Test
    void theDisplayRespectsPrivateWritingAndAnonymity() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        api.send("PUT", "/api/workshops/" + workshop.id() + "/phases/CRITIQUE/settings", workshop.facilitatorToken(),
                Map.of("privateWriting", true, "anonymous", true));
        advanceTo(workshop, "CRITIQUE");
        postIdea(workshop, ana, "secret-1", "Chacun dans son coin");
        String display = api.post("/api/workshops/" + workshop.id() + "/displays", ORGANISER, Map.of()).text("token");

        JsonNode before = api.get("/api/workshops/" + workshop.id() + "/board", display).body();
        api.post("/api/workshops/" + workshop.id() + "/reveal", workshop.facilitatorToken(), Map.of());
        JsonNode after = api.get("/api/workshops/" + workshop.id() + "/board", display).body();

        assertThat(before.path("ideas").size()).isZero();
        assertThat(before.path("privateIdeas").asInt()).isEqualTo(1);
        assertThat(after.path("ideas").findValuesAsText("ideaId")).containsExactly("secret-1");
        assertThat(after.path("ideas").get(0).path("participantId").isNull()).isTrue();
        assertThat(after.path("ideas").get(0).path("organisationId").isNull()).isTrue();
    }

    @Test
    void theDisplayChangesNothing() {
        Workshop workshop = scheduleWorkshop();
        advanceTo(workshop, "CRITIQUE");
        String display = api.post("/api/workshops/" + workshop.id() + "/displays", ORGANISER, Map.of()).text("token");

        Response post = api.post("/api/workshops/" + workshop.id() + "/ideas", display,
                Map.of("ideaId", UUID.randomUUID().toString(), "text", "From the wall"));
        Response advance = api.post("/api/workshops/" + workshop.id() + "/advance", display,
                Map.of("expectedPhase", "CRITIQUE"));
        Response history = api.get("/api/workshops/" + workshop.id() + "/history", display);

        assertThat(post.status()).isEqualTo(403);
        assertThat(advance.status()).isEqualTo(403);
        assertThat(history.status()).isEqualTo(403);
    }

    @Test
    void aDisplayTokenIsNotForAnotherWorkshop() {
        Workshop workshop = scheduleWorkshop();
        Workshop other = scheduleWorkshop();
        String display = api.post("/api/workshops/" + workshop.id() + "/displays", ORGANISER, Map.of()).text("token");

        assertThat(api.get("/api/workshops/" + other.id() + "/board", display).status()).isEqualTo(403);
    }
}
