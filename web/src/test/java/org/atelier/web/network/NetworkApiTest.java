package org.atelier.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.atelier.web.ApiClient.Response;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The organisations' network over HTTP: its figures, a past moment, who may read it and for which scope. */
class NetworkApiTest extends ProgrammeApiTest {

    @Test
    void theNetworkLinksOrganisationsThatMetBuiltOnEachOtherCommittedAndPartnered() {
        String programme = unique("PROCESS");
        String velo = organisation("Vélo");
        String cafe = organisation("Café");
        String jardin = organisation("Jardin");
        Workshop workshop = scheduleIn(programme, "numérique");
        Participant ana = join(workshop, velo, "Ana");
        Participant ben = join(workshop, cafe, "Ben");
        join(workshop, jardin, "Carla");
        advanceTo(workshop, "CRITIQUE");
        idea(workshop, ana, "coin", "Chacun dans son coin");
        idea(workshop, ben, "lieu", "Un lieu pour se croiser", "coin");
        advanceTo(workshop, "REALIZATION");
        String proposalId = propose(workshop, ana, "Tiers-lieu", List.of(), List.of());
        commit(proposalId, ana);
        commit(proposalId, ben);

        JsonNode network = ok(api.get("/api/network?programme=" + query(programme), ORGANISER)).body();

        assertThat(list(network.path("nodes"))).extracting(node -> node.path("organisationId").asText())
                .containsExactlyInAnyOrder(velo, cafe, jardin);
        assertThat(list(network.path("nodes"))).extracting(node -> node.path("name").asText())
                .allMatch(name -> name.startsWith("Vélo") || name.startsWith("Café") || name.startsWith("Jardin"));
        JsonNode veloCafe = edge(network, velo, cafe);
        assertThat(list(veloCafe.path("kinds"))).extracting(JsonNode::asText)
                .containsExactly("MET", "BUILT_ON", "CO_COMMITTED", "PARTNERSHIP");
        assertThat(veloCafe.path("weight").asInt()).isEqualTo(4);
        assertThat(edge(network, velo, jardin).path("weight").asInt()).isEqualTo(1);
        assertThat(network.path("components").asInt()).isEqualTo(1);
        assertThat(network.path("density").asDouble()).isEqualTo(1.0);
        assertThat(list(network.path("newLinks"))).extracting(links -> links.path("newLinks").asInt())
                .containsExactly(3);
        assertThat(api.get("/api/network", workshop.evaluatorToken()).body()).isEqualTo(network);
    }

    @Test
    void atAnEarlierMomentTheNetworkHasOnlyTheLinksMadeUpToThen() throws InterruptedException {
        String programme = unique("PROCESS");
        String velo = organisation("Vélo");
        String cafe = organisation("Café");
        Workshop first = scheduleIn(programme, "numérique");
        join(first, velo, "Ana");
        join(first, cafe, "Ben");
        Instant between = Instant.now();
        Thread.sleep(20);
        Workshop second = scheduleIn(programme, "culture");
        join(second, cafe, "Ben");
        join(second, organisation("Atelier"), "Dan");

        JsonNode then = ok(api.get("/api/network?programme=" + query(programme) + "&at=" + between, ORGANISER)).body();
        JsonNode now = ok(api.get("/api/network?programme=" + query(programme), ORGANISER)).body();

        assertThat(then.path("at").asText()).isEqualTo(between.toString());
        assertThat(then.path("nodes").size()).isEqualTo(2);
        assertThat(then.path("edges").size()).isEqualTo(1);
        assertThat(then.path("newLinks").size()).isEqualTo(1);
        assertThat(now.path("nodes").size()).isEqualTo(3);
        assertThat(now.path("edges").size()).isEqualTo(2);
        assertThat(list(now.path("newLinks"))).extracting(links -> links.path("workshopId").asText())
                .containsExactly(first.id(), second.id());
    }

    @Test
    void aWorkshopsEvaluatorReadsItsWorkshopAndItsProgrammeOnly() {
        String programme = unique("PROCESS");
        Workshop workshop = scheduleIn(programme, "numérique");
        join(workshop, organisation("Vélo"), "Ana");
        Participant ben = join(workshop, organisation("Café"), "Ben");
        Workshop elsewhere = scheduleIn(unique("Another"), "numérique");

        assertThat(ok(api.get("/api/network?workshopId=" + workshop.id(), workshop.evaluatorToken())).body()
                .path("edges").size()).isEqualTo(1);
        assertThat(ok(api.get("/api/network?programme=" + query(programme), workshop.facilitatorToken())).body()
                .path("programme").asText()).isEqualTo(programme);
        assertProblem(api.get("/api/network?programme=" + query(unique("Other")), workshop.evaluatorToken()), 403);
        assertProblem(api.get("/api/network?workshopId=" + elsewhere.id(), workshop.evaluatorToken()), 403);
        assertProblem(api.get("/api/network", ben.token()), 403);
        assertProblem(api.get("/api/indicators", ben.token()), 403);
        assertProblem(api.get("/api/network", null), 401);
    }

    @Test
    void badScopesAndMomentsAreRefused() {
        assertProblem(api.get("/api/network?at=yesterday", ORGANISER), 400);
        assertProblem(api.get("/api/network?workshopId=no-such-workshop", ORGANISER), 404);
        assertProblem(api.get("/api/indicators?workshopId=no-such-workshop", ORGANISER), 404);
        Workshop workshop = scheduleIn(unique("PROCESS"), "numérique");
        assertProblem(api.get("/api/network?workshopId=" + workshop.id() + "&programme=other", ORGANISER), 400);
    }

    @Test
    void withoutProgrammeTheOrganiserSeesEveryProgramme() {
        Workshop one = scheduleIn(unique("PROCESS"), "numérique");
        join(one, organisation("Vélo"), "Ana");
        Workshop other = scheduleIn(unique("Another"), "culture");
        join(other, organisation("Café"), "Ben");

        JsonNode everything = ok(api.get("/api/network", ORGANISER)).body();

        assertThat(everything.path("programme").isNull()).isTrue();
        assertThat(list(everything.path("newLinks"))).extracting(links -> links.path("workshopId").asText())
                .contains(one.id(), other.id());
    }

    private static JsonNode edge(JsonNode network, String one, String other) {
        String source = one.compareTo(other) < 0 ? one : other;
        String target = one.compareTo(other) < 0 ? other : one;
        return list(network.path("edges")).stream()
                .filter(edge -> edge.path("source").asText().equals(source)
                        && edge.path("target").asText().equals(target))
                .findFirst().orElseThrow(() -> new AssertionError("no edge " + source + " " + target + " in " + network));
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        if (status != 401) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }
}
