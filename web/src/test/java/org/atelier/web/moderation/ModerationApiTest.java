package org.atelier.web.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class ModerationApiTest extends ApiTest {

    private Workshop workshop;
    private Participant ana;
    private Participant ben;

    @BeforeEach
    void aModeratedCritiqueWhereAnaPostsAnIdea() {
        workshop = scheduleWorkshop();
        ana = joinNewOrganisation(workshop, "Ana");
        ben = joinNewOrganisation(workshop, "Ben");
        Response configured = api.send("PUT", path("/phases/CRITIQUE/settings"), workshop.facilitatorToken(),
                Map.of("moderated", true));
        assertThat(configured.status()).isEqualTo(200);
        assertThat(configured.body().path("moderated").asBoolean()).isTrue();
        advanceTo(workshop, "CRITIQUE");
        assertThat(postIdea(workshop, ana, "ana-1", "Chacun dans son coin").status()).isEqualTo(201);
    }

    @Test
    void theSettingsSayThePhaseIsModerated() {
        JsonNode settings = board(ben.token()).path("settings");

        assertThat(settings.findValuesAsText("phase")).contains("CRITIQUE");
        assertThat(settings.findValues("moderated").stream().anyMatch(JsonNode::asBoolean)).isTrue();
    }

    @Test
    void aWaitingIdeaIsSeenByTheFacilitatorAndItsAuthorOnly() {
        assertThat(idea(board(workshop.facilitatorToken()), "ana-1").path("moderation").asText()).isEqualTo("PENDING");
        assertThat(idea(board(ana.token()), "ana-1").path("moderation").asText()).isEqualTo("PENDING");
        assertThat(board(ben.token()).path("ideas").findValuesAsText("ideaId")).doesNotContain("ana-1");
        assertThat(board(workshop.evaluatorToken()).path("ideas").findValuesAsText("ideaId")).doesNotContain("ana-1");
    }

    @Test
    void anApprovedIdeaIsSeenByTheRoom() {
        Response approved = api.post(path("/ideas/ana-1/approve"), workshop.facilitatorToken(), Map.of());

        assertThat(approved.status()).isEqualTo(200);
        assertThat(idea(board(ben.token()), "ana-1").path("moderation").asText()).isEqualTo("APPROVED");
        assertThat(idea(board(ben.token()), "ana-1").path("text").asText()).isEqualTo("Chacun dans son coin");
    }

    @Test
    void aRejectedIdeaShowsItsReasonToItsAuthorAndNeverToTheRoom() {
        Response rejected = api.post(path("/ideas/ana-1/reject"), workshop.facilitatorToken(),
                Map.of("reason", "Hors sujet"));

        assertThat(rejected.status()).isEqualTo(200);
        JsonNode anas = idea(board(ana.token()), "ana-1");
        assertThat(anas.path("moderation").asText()).isEqualTo("REJECTED");
        assertThat(anas.path("rejectionReason").asText()).isEqualTo("Hors sujet");
        assertThat(board(ben.token()).path("ideas").findValuesAsText("ideaId")).doesNotContain("ana-1");
    }

    @Test
    void anIdeaOfAnUnmoderatedPhaseIsApproved() {
        api.send("PUT", path("/phases/CRITIQUE/settings"), workshop.facilitatorToken(), Map.of("moderated", false));
        postIdea(workshop, ben, "ben-1", "Des financements fragmentés");

        assertThat(idea(board(ana.token()), "ben-1").path("moderation").asText()).isEqualTo("APPROVED");
        assertRefused(api.post(path("/ideas/ben-1/approve"), workshop.facilitatorToken(), Map.of()), 409,
                "IdeaNotWaiting");
    }

    @Test
    void approvingTwiceIsRefused() {
        api.post(path("/ideas/ana-1/approve"), workshop.facilitatorToken(), Map.of());

        assertRefused(api.post(path("/ideas/ana-1/approve"), workshop.facilitatorToken(), Map.of()), 409,
                "AlreadyApproved");
    }

    @Test
    void approvingARejectedIdeaIsRefused() {
        api.post(path("/ideas/ana-1/reject"), workshop.facilitatorToken(), Map.of("reason", "Hors sujet"));

        assertRefused(api.post(path("/ideas/ana-1/approve"), workshop.facilitatorToken(), Map.of()), 409,
                "AlreadyRejected");
    }

    @Test
    void rejectingNeedsAReason() {
        Response refused = api.post(path("/ideas/ana-1/reject"), workshop.facilitatorToken(), Map.of("reason", " "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnknownIdeaIsNotFound() {
        assertRefused(api.post(path("/ideas/nope/approve"), workshop.facilitatorToken(), Map.of()), 404,
                "UnknownIdea");
    }

    @Test
    void participantsDoNotModerate() {
        assertThat(api.post(path("/ideas/ana-1/approve"), ben.token(), Map.of()).status()).isEqualTo(403);
        assertThat(api.post(path("/ideas/ana-1/reject"), ana.token(), Map.of("reason", "Non")).status())
                .isEqualTo(403);
    }

    private void assertRefused(Response response, int status, String code) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text("code")).isEqualTo(code);
    }

    private static JsonNode idea(JsonNode board, String ideaId) {
        for (JsonNode idea : board.path("ideas")) {
            if (idea.path("ideaId").asText().equals(ideaId)) {
                return idea;
            }
        }
        throw new AssertionError("no idea " + ideaId + " in " + board);
    }

    private JsonNode board(String token) {
        return api.get(path("/board"), token).body();
    }

    private String path(String rest) {
        return "/api/workshops/" + workshop.id() + rest;
    }
}
