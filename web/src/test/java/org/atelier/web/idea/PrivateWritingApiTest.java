package org.atelier.web.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class PrivateWritingApiTest extends ApiTest {

    private Workshop workshop;
    private Participant ana;
    private Participant ben;

    @BeforeEach
    void aCritiqueWrittenPrivatelyAndAnonymously() {
        workshop = scheduleWorkshop();
        ana = joinNewOrganisation(workshop, "Ana");
        ben = joinNewOrganisation(workshop, "Ben");
        Response configured = api.send("PUT", path("/phases/CRITIQUE/settings"), workshop.facilitatorToken(),
                Map.of("privateWriting", true, "anonymous", true));
        assertThat(configured.status()).isEqualTo(200);
        advanceTo(workshop, "CRITIQUE");
        postIdea(workshop, ana, "ana-1", "Chacun dans son coin");
        postIdea(workshop, ben, "ben-1", "Des financements fragmentés");
    }

    @Test
    void eachParticipantSeesOnlyTheirOwnIdeasAndHowManyOthersWrote() {
        JsonNode anas = board(ana.token());

        assertThat(anas.path("ideas").findValuesAsText("ideaId")).containsExactly("ana-1");
        assertThat(anas.path("privateIdeas").asInt()).isEqualTo(1);
        assertThat(board(workshop.facilitatorToken()).path("ideas").size()).isZero();
        assertThat(board(workshop.facilitatorToken()).path("privateIdeas").asInt()).isEqualTo(2);
    }

    @Test
    void theRevealShowsEveryIdeaWithoutAuthorsToTheRoom() {
        assertThat(api.post(path("/reveal"), workshop.facilitatorToken(), Map.of()).status()).isEqualTo(200);

        JsonNode ideas = board(ana.token()).path("ideas");
        assertThat(ideas.findValuesAsText("ideaId")).containsExactly("ana-1", "ben-1");
        assertThat(ideas.get(0).path("participantId").asText()).isEqualTo(ana.id());
        assertThat(ideas.get(1).path("participantId").isNull()).isTrue();
        assertThat(ideas.get(1).path("organisationId").isNull()).isTrue();
        assertThat(api.post(path("/reveal"), workshop.facilitatorToken(), Map.of()).status()).isEqualTo(409);
    }

    @Test
    void evaluatorsSeeEveryIdeaWithItsOrganisationButNotItsAuthor() {
        JsonNode ideas = board(workshop.evaluatorToken()).path("ideas");

        assertThat(ideas.size()).isEqualTo(2);
        assertThat(ideas.get(0).path("participantId").isNull()).isTrue();
        assertThat(ideas.get(0).path("organisationId").asText()).isEqualTo(ana.organisationId());
    }

    @Test
    void aPastBoardKeepsThePrivacyOfItsTime() {
        long version = board(ana.token()).path("version").asLong();
        api.post(path("/reveal"), workshop.facilitatorToken(), Map.of());

        JsonNode then = api.get(path("/board?at=" + version), ana.token()).body();

        assertThat(then.path("ideas").findValuesAsText("ideaId")).containsExactly("ana-1");
    }

    @Test
    void aPhaseThatIsOverKeepsItsSettings() {
        advanceTo(workshop, "UTOPIA");

        assertThat(api.send("PUT", path("/phases/CRITIQUE/settings"), workshop.facilitatorToken(),
                Map.of("privateWriting", false, "anonymous", false)).status()).isEqualTo(409);
    }

    @Test
    void participantsDoNotChooseTheSettings() {
        assertThat(api.send("PUT", path("/phases/UTOPIA/settings"), ana.token(), Map.of("privateWriting", true))
                .status()).isEqualTo(403);
        assertThat(api.post(path("/reveal"), ana.token(), Map.of()).status()).isEqualTo(403);
    }

    private JsonNode board(String token) {
        return api.get(path("/board"), token).body();
    }

    private String path(String rest) {
        return "/api/workshops/" + workshop.id() + rest;
    }
}
