package org.atelier.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Steps of a programme played over the API, for the figures evaluators read. Each test names its
 * own programme, so the workshops other tests leave in the shared application count for nothing.
 */
abstract class ProgrammeApiTest extends ApiTest {

    protected Workshop scheduleIn(String programme, String theme) {
        Response response = api.post("/api/workshops", ORGANISER,
                Map.of("title", unique("Atelier"), "theme", theme, "programme", programme));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return new Workshop(response.text("workshopId"), response.text("joinCode"),
                response.text("facilitatorToken"), response.text("evaluatorToken"));
    }

    protected String organisation(String name) {
        return registerOrganisation(unique(name), "Saint-Étienne", true);
    }

    protected void idea(Workshop workshop, Participant author, String ideaId, String text, String... inspiredBy) {
        created(api.post("/api/workshops/" + workshop.id() + "/ideas", author.token(),
                Map.of("ideaId", ideaId, "text", text, "inspiredBy", List.of(inspiredBy))));
    }

    protected String cluster(Workshop workshop, String title, String... ideaIds) {
        return created(api.post("/api/workshops/" + workshop.id() + "/clusters", workshop.facilitatorToken(),
                Map.of("title", title, "ideaIds", List.of(ideaIds)))).text("clusterId");
    }

    protected void stepTo(Workshop workshop, String step) {
        List<String> steps = List.of("COLLECT", "CLUSTER", "VOTE", "DISCUSS");
        String current = api.get("/api/workshops/" + workshop.id(), ORGANISER).text("step");
        for (int i = steps.indexOf(current); i < steps.indexOf(step); i++) {
            Response response = api.post("/api/workshops/" + workshop.id() + "/advance-step",
                    workshop.facilitatorToken(), Map.of("expectedStep", steps.get(i)));
            assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        }
    }

    protected void vote(Workshop workshop, Participant voter, String field, String id) {
        created(api.post("/api/workshops/" + workshop.id() + "/votes", voter.token(), Map.of(field, id)));
    }

    protected String propose(Workshop workshop, Participant proposer, String title, List<String> ideas,
                             List<String> clusters) {
        return created(api.post("/api/workshops/" + workshop.id() + "/proposals", proposer.token(),
                Map.of("title", title, "derivedFrom", ideas, "derivedFromClusters", clusters))).text("proposalId");
    }

    protected Response commit(String proposalId, Participant participant) {
        return created(api.post("/api/proposals/" + proposalId + "/commitments", participant.token(), Map.of()));
    }

    protected static Response created(Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response;
    }

    protected static Response ok(Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response;
    }

    protected static List<JsonNode> list(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }

    protected static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
