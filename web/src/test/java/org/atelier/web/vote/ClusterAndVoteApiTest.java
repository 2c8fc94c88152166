package org.atelier.web.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class ClusterAndVoteApiTest extends ApiTest {

    private Workshop workshop;
    private Participant ana;
    private Participant ben;

    @BeforeEach
    void twoIdeasInCritique() {
        workshop = scheduleWorkshop();
        ana = joinNewOrganisation(workshop, "Ana");
        ben = joinNewOrganisation(workshop, "Ben");
        advanceTo(workshop, "CRITIQUE");
        postIdea(workshop, ana, "buses", "Trop peu de bus");
        postIdea(workshop, ben, "bikes", "Pas de pistes cyclables");
    }

    @Test
    void theFacilitatorClustersIdeasAndTheBoardShowsThem() {
        Response created = api.post(path("/clusters"), workshop.facilitatorToken(),
                Map.of("title", "Mobilité", "ideaIds", List.of("buses", "bikes")));

        assertThat(created.status()).isEqualTo(201);
        String clusterId = created.text("clusterId");
        JsonNode cluster = board().path("clusters").get(0);
        assertThat(cluster.path("clusterId").asText()).isEqualTo(clusterId);
        assertThat(cluster.path("title").asText()).isEqualTo("Mobilité");
        assertThat(cluster.path("phase").asText()).isEqualTo("CRITIQUE");
        assertThat(cluster.path("ideaIds").get(0).asText()).isEqualTo("buses");
        assertThat(cluster.path("ideaIds").get(1).asText()).isEqualTo("bikes");
        assertThat(board().path("ideas").findValuesAsText("clusterId")).containsExactly(clusterId, clusterId);
    }

    @Test
    void theFacilitatorMovesAnIdeaOutOfItsCluster() {
        String clusterId = api.post(path("/clusters"), workshop.facilitatorToken(),
                Map.of("title", "Mobilité", "ideaIds", List.of("buses", "bikes"))).text("clusterId");

        Response moved = api.send("PUT", path("/ideas/bikes/cluster"), workshop.facilitatorToken(),
                "{\"clusterId\":null}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(board().path("clusters").get(0).path("ideaIds").get(0).asText()).isEqualTo("buses");
        assertThat(board().path("clusters").get(0).path("ideaIds").size()).isEqualTo(1);
        assertThat(clusterId).isNotBlank();
    }

    @Test
    void theFacilitatorRenamesMergesAndDissolvesClusters() {
        String buses = api.post(path("/clusters"), workshop.facilitatorToken(),
                Map.of("title", "Bus", "ideaIds", List.of("buses"))).text("clusterId");
        String bikes = api.post(path("/clusters"), workshop.facilitatorToken(),
                Map.of("title", "Vélo", "ideaIds", List.of("bikes"))).text("clusterId");

        assertThat(api.patch(path("/clusters/" + buses), workshop.facilitatorToken(), Map.of("title", "Mobilité"))
                .status()).isEqualTo(200);
        assertThat(api.post(path("/clusters/" + bikes + "/merge"), workshop.facilitatorToken(), Map.of("into", buses))
                .status()).isEqualTo(200);

        JsonNode clusters = board().path("clusters");
        assertThat(clusters.size()).isEqualTo(1);
        assertThat(clusters.get(0).path("title").asText()).isEqualTo("Mobilité");
        assertThat(clusters.get(0).path("ideaIds").size()).isEqualTo(2);

        assertThat(api.delete(path("/clusters/" + buses), workshop.facilitatorToken()).status()).isEqualTo(204);
        assertThat(board().path("clusters").size()).isZero();
        assertThat(board().path("ideas").size()).isEqualTo(2);
        assertThat(api.delete(path("/clusters/" + buses), workshop.facilitatorToken()).status()).isEqualTo(404);
    }

    @Test
    void concurrentMovesOfOneIdeaEndInOneConsistentState() throws Exception {
        String left = api.post(path("/clusters"), workshop.facilitatorToken(), Map.of("title", "Gauche")).text("clusterId");
        String right = api.post(path("/clusters"), workshop.facilitatorToken(), Map.of("title", "Droite")).text("clusterId");
        ExecutorService movers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> moves = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String target = i % 2 == 0 ? left : right;
                moves.add(movers.submit(() -> api.send("PUT", path("/ideas/buses/cluster"), workshop.facilitatorToken(),
                        Map.of("clusterId", target)).status()));
            }
            for (Future<Integer> move : moves) {
                assertThat(move.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            movers.shutdown();
        }

        JsonNode board = board();
        String clusterOfIdea = null;
        for (JsonNode idea : board.path("ideas")) {
            if (idea.path("ideaId").asText().equals("buses")) {
                clusterOfIdea = idea.path("clusterId").asText();
            }
        }
        List<String> clustersListingIt = new ArrayList<>();
        for (JsonNode cluster : board.path("clusters")) {
            if (cluster.path("ideaIds").toString().contains("\"buses\"")) {
                clustersListingIt.add(cluster.path("clusterId").asText());
            }
        }
        assertThat(clustersListingIt).containsExactly(clusterOfIdea);
    }

    @Test
    void aClusterWithoutTitleIsABadRequest() {
        Response refused = api.post(path("/clusters"), workshop.facilitatorToken(), Map.of("ideaIds", List.of()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("title");
    }

    @Test
    void aClusterOfUnknownIdeasIsNotFound() {
        assertThat(api.post(path("/clusters"), workshop.facilitatorToken(),
                Map.of("title", "X", "ideaIds", List.of("ghost"))).status()).isEqualTo(404);
    }

    @Test
    void participantsDoNotCluster() {
        assertThat(api.post(path("/clusters"), ana.token(), Map.of("title", "X")).status()).isEqualTo(403);
    }

    @Test
    void votesAreTalliedLiveOnTheBoardDuringTheVoteStep() {
        toVoteStep();

        assertThat(api.post(path("/votes"), ben.token(), Map.of("ideaId", "buses")).status()).isEqualTo(201);
        assertThat(api.post(path("/votes"), ben.token(), Map.of("ideaId", "buses")).status()).isEqualTo(201);
        assertThat(api.post(path("/votes"), ana.token(), Map.of("ideaId", "buses")).status()).isEqualTo(201);

        assertThat(votesOn("buses")).isEqualTo(3);
        assertThat(api.delete(path("/votes/buses"), ben.token()).status()).isEqualTo(204);
        assertThat(votesOn("buses")).isEqualTo(2);
    }

    @Test
    void hiddenTalliesAppearWhenTheVoteStepEnds() {
        assertThat(api.send("PUT", path("/phases/CRITIQUE/settings"), workshop.facilitatorToken(),
                Map.of("hiddenTallies", true)).status()).isEqualTo(200);
        toVoteStep();
        api.post(path("/votes"), ben.token(), Map.of("ideaId", "buses"));

        assertThat(votesOn("buses")).isZero();
        api.post(path("/advance-step"), workshop.facilitatorToken(), Map.of("expectedStep", "VOTE"));
        assertThat(votesOn("buses")).isEqualTo(1);
    }

    @Test
    void aVoteOutsideTheVoteStepIsAConflict() {
        Response refused = api.post(path("/votes"), ben.token(), Map.of("ideaId", "buses"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("VOTE");
    }

    @Test
    void aVotePastTheBudgetIsAConflict() {
        toVoteStep();
        for (int i = 0; i < 5; i++) {
            assertThat(api.post(path("/votes"), ben.token(), Map.of("ideaId", "bikes")).status()).isEqualTo(201);
        }

        Response refused = api.post(path("/votes"), ben.token(), Map.of("ideaId", "buses"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(votesOn("bikes")).isEqualTo(5);
        assertThat(votesOn("buses")).isZero();
    }

    @Test
    void aCapPerIdeaSpreadsTheDots() {
        Response created = api.post("/api/workshops", ORGANISER,
                Map.of("title", "Plafond", "theme", "digital", "votesPerParticipant", 5, "maxVotesPerIdea", 2));
        workshop = new Workshop(created.text("workshopId"), created.text("joinCode"),
                created.text("facilitatorToken"), created.text("evaluatorToken"));
        Participant carla = joinNewOrganisation(workshop, "Carla");
        advanceTo(workshop, "CRITIQUE");
        postIdea(workshop, carla, "one", "Une idée");
        toVoteStep();

        assertThat(api.post(path("/votes"), carla.token(), Map.of("ideaId", "one")).status()).isEqualTo(201);
        assertThat(api.post(path("/votes"), carla.token(), Map.of("ideaId", "one")).status()).isEqualTo(201);
        Response refused = api.post(path("/votes"), carla.token(), Map.of("ideaId", "one"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("2");
        assertThat(api.get("/api/workshops/" + workshop.id(), ORGANISER).body().path("maxVotesPerIdea").asInt())
                .isEqualTo(2);
    }

    @Test
    void aCapAboveTheBudgetIsABadRequest() {
        Response refused = api.post("/api/workshops", ORGANISER,
                Map.of("title", "Plafond", "theme", "digital", "votesPerParticipant", 3, "maxVotesPerIdea", 4));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("maxVotesPerIdea");
    }

    @Test
    void onlyParticipantsVote() {
        toVoteStep();

        assertThat(api.post(path("/votes"), workshop.facilitatorToken(), Map.of("ideaId", "buses")).status())
                .isEqualTo(403);
        assertThat(api.post(path("/votes"), workshop.evaluatorToken(), Map.of("ideaId", "buses")).status())
                .isEqualTo(403);
    }

    @Test
    void aVoteWithoutIdeaIsABadRequest() {
        toVoteStep();

        assertThat(api.post(path("/votes"), ben.token(), Map.of()).status()).isEqualTo(400);
    }

    @Test
    void dotsGoOnClustersFromTheSameBudgetAndTheBoardShowsEachOneTheirOwn() {
        String mobility = api.post(path("/clusters"), workshop.facilitatorToken(),
                Map.of("title", "Mobilité", "ideaIds", List.of("buses", "bikes"))).text("clusterId");
        toVoteStep();

        Response voted = api.post(path("/votes"), ben.token(), Map.of("clusterId", mobility));
        for (int i = 0; i < 4; i++) {
            assertThat(api.post(path("/votes"), ben.token(), Map.of("ideaId", "buses")).status()).isEqualTo(201);
        }
        Response refused = api.post(path("/votes"), ben.token(), Map.of("clusterId", mobility));

        assertThat(voted.status()).isEqualTo(201);
        assertThat(voted.text("clusterId")).isEqualTo(mobility);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("BudgetUsedUp");
        JsonNode bens = api.get(path("/board"), ben.token()).body();
        assertThat(bens.path("clusters").get(0).path("votes").asInt()).isEqualTo(1);
        assertThat(bens.path("votesLeft").asInt()).isZero();
        assertThat(bens.path("votesPerParticipant").asInt()).isEqualTo(5);
        assertThat(bens.path("myVotes").findValuesAsText("votes")).containsExactly("4", "1");
        assertThat(board().path("votesLeft").asInt()).isEqualTo(5);
        assertThat(board().path("myVotes").size()).isZero();

        assertThat(api.delete(path("/votes/clusters/" + mobility), ben.token()).status()).isEqualTo(204);
        assertThat(board().path("clusters").get(0).path("votes").asInt()).isZero();
        assertThat(api.get(path("/board"), ben.token()).body().path("votesLeft").asInt()).isEqualTo(1);
    }

    @Test
    void dotsOnAWithdrawnIdeaGoBackToTheirVoter() {
        toVoteStep();
        for (int i = 0; i < 5; i++) {
            assertThat(api.post(path("/votes"), ben.token(), Map.of("ideaId", "buses")).status()).isEqualTo(201);
        }

        assertThat(api.delete(path("/ideas/buses"), ana.token()).status()).isEqualTo(204);

        assertThat(api.get(path("/board"), ben.token()).body().path("votesLeft").asInt()).isEqualTo(5);
        assertThat(api.post(path("/votes"), ben.token(), Map.of("ideaId", "bikes")).status()).isEqualTo(201);
    }

    @Test
    void aDotOnAnUnknownClusterIsNotFound() {
        toVoteStep();

        Response refused = api.post(path("/votes"), ben.token(), Map.of("clusterId", "nowhere"));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.text("code")).isEqualTo("UnknownCluster");
    }

    @Test
    void aDotOnAnIdeaAndAClusterAtOnceIsABadRequest() {
        toVoteStep();

        Response refused = api.post(path("/votes"), ben.token(), Map.of("ideaId", "buses", "clusterId", "x"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("clusterId");
    }

    @Test
    void theBoardSaysWhenTheServerReadIt() {
        JsonNode read = board();

        assertThat(Instant.parse(read.path("serverTime").asText()))
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
    }

    private void toVoteStep() {
        for (String step : List.of("COLLECT", "CLUSTER")) {
            assertThat(api.post(path("/advance-step"), workshop.facilitatorToken(), Map.of("expectedStep", step))
                    .status()).isEqualTo(200);
        }
    }

    private int votesOn(String ideaId) {
        for (JsonNode idea : board().path("ideas")) {
            if (idea.path("ideaId").asText().equals(ideaId)) {
                return idea.path("votes").asInt();
            }
        }
        throw new AssertionError("no idea " + ideaId);
    }

    private JsonNode board() {
        return api.get(path("/board"), ana.token()).body();
    }

    private String path(String rest) {
        return "/api/workshops/" + workshop.id() + rest;
    }
}
