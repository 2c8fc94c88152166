package org.atelier.web.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class SuggestionApiTest extends ApiTest {

    private Workshop workshop;
    private Participant ana;
    private Participant ben;

    @BeforeEach
    void ideasOnBikesAndDoctorsInCritique() {
        workshop = scheduleWorkshop();
        ana = joinNewOrganisation(workshop, "Ana");
        ben = joinNewOrganisation(workshop, "Ben");
        advanceTo(workshop, "CRITIQUE");
        post(ana, "bike-1", "Des pistes cyclables sécurisées jusqu'à la gare");
        post(ben, "bike-2", "Des pistes cyclables securisees jusqu'a la gare !");
        post(ana, "bike-3", "Des garages à vélos près des gares");
        post(ben, "doctor-1", "Plus de médecins généralistes dans les villages");
        post(ana, "doctor-2", "Une maison de santé avec des médecins salariés");
    }

    @Test
    void theFacilitatorIsOfferedNearDuplicatesAndClustersWithTitles() {
        Response answer = api.get(path("/suggestions?phase=CRITIQUE"), workshop.facilitatorToken());

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.body();
        assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("similar", "clusters");
        JsonNode similar = body.path("similar").get(0);
        assertThat(ids(similar.path("ideaIds"))).containsExactly("bike-1", "bike-2");
        assertThat(similar.path("score").asDouble()).isBetween(0.6, 1.0);
        assertThat(body.path("similar")).hasSize(1);
        assertThat(body.path("clusters")).hasSize(2);
        assertThat(ids(body.path("clusters").get(0).path("ideaIds"))).containsExactly("bike-1", "bike-2", "bike-3");
        assertThat(ids(body.path("clusters").get(1).path("ideaIds"))).containsExactly("doctor-1", "doctor-2");
        assertThat(body.path("clusters").get(1).path("title").asText()).isEqualTo("Médecins");
    }

    @Test
    void ideasAlreadyInAClusterAreNotProposedAgain() {
        assertThat(api.post(path("/clusters"), workshop.facilitatorToken(),
                Map.of("title", "Santé", "ideaIds", List.of("doctor-1", "doctor-2"))).status()).isEqualTo(201);

        JsonNode body = api.get(path("/suggestions?phase=CRITIQUE"), workshop.facilitatorToken()).body();

        assertThat(body.path("clusters")).hasSize(1);
        assertThat(ids(body.path("clusters").get(0).path("ideaIds"))).containsExactly("bike-1", "bike-2", "bike-3");
    }

    @Test
    void withoutAPhaseTheSuggestionsAreForThePhaseNowOpen() {
        advanceTo(workshop, "UTOPIA");
        post(ana, "dream-1", "Un festival qui circule de village en village");
        post(ben, "dream-2", "Un festival itinérant dans les villages");

        JsonNode now = api.get(path("/suggestions"), workshop.facilitatorToken()).body();
        JsonNode before = api.get(path("/suggestions?phase=CRITIQUE"), workshop.facilitatorToken()).body();

        assertThat(now.path("clusters")).hasSize(1);
        assertThat(ids(now.path("clusters").get(0).path("ideaIds"))).containsExactly("dream-1", "dream-2");
        assertThat(before.path("clusters")).hasSize(2);
    }

    @Test
    void ideasWrittenPrivatelyAreLeftOutUntilRevealedAsTheFacilitatorCannotSeeThem() {
        advanceTo(workshop, "UTOPIA");
        assertThat(api.send("PUT", path("/phases/UTOPIA/settings"), workshop.facilitatorToken(),
                Map.of("privateWriting", true, "anonymous", false, "hiddenTallies", false)).status()).isEqualTo(200);
        post(ana, "secret-1", "Un festival qui circule de village en village");
        post(ben, "secret-2", "Un festival itinérant dans les villages");

        assertThat(api.get(path("/suggestions?phase=UTOPIA"), workshop.facilitatorToken()).body().path("clusters"))
                .isEmpty();
        assertThat(api.get(path("/suggestions?phase=UTOPIA"), ORGANISER).body().path("clusters")).isEmpty();

        assertThat(api.post(path("/reveal"), workshop.facilitatorToken(), Map.of()).status()).isEqualTo(200);
        assertThat(api.get(path("/suggestions?phase=UTOPIA"), workshop.facilitatorToken()).body().path("clusters"))
                .hasSize(1);
    }

    @Test
    void aPhaseWithoutIdeasOrUnknownIsABadRequestThatSaysWhichPhasesHaveIdeas() {
        for (String phase : List.of("PREPARATION", "SOMEDAY", "critique", "")) {
            Response answer = api.get(path("/suggestions?phase=" + phase), workshop.facilitatorToken());

            assertThat(answer.status()).as(phase).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.text("field")).isEqualTo("phase");
            assertThat(answer.text("code")).isEqualTo("InvalidInput");
            assertThat(answer.text("detail")).contains("CRITIQUE, UTOPIA or REALIZATION");
        }
    }

    @Test
    void onlyTheFacilitatorAndTheOrganiserMayAsk() {
        assertThat(api.get(path("/suggestions"), ORGANISER).status()).isEqualTo(200);
        assertThat(api.get(path("/suggestions"), ana.token()).status()).isEqualTo(403);
        assertThat(api.get(path("/suggestions"), workshop.evaluatorToken()).status()).isEqualTo(403);
        assertThat(api.get(path("/suggestions"), null).status()).isEqualTo(401);
        assertThat(api.get(path("/suggestions"), scheduleWorkshop().facilitatorToken()).status()).isEqualTo(403);
    }

    @Test
    void anUnknownWorkshopIsNotFound() {
        Response answer = api.get("/api/workshops/no-such-workshop/suggestions", ORGANISER);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    private void post(Participant author, String ideaId, String text) {
        Response posted = postIdea(workshop, author, ideaId, text);
        assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
    }

    private String path(String call) {
        return "/api/workshops/" + workshop.id() + call;
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
