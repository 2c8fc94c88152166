package org.atelier.web.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Voting with 100 points or with criteria over HTTP, with every refusal. */
class ScoringApiTest extends ApiTest {

    private Workshop workshop;
    private Participant ana;
    private Participant ben;

    @BeforeEach
    void twoParticipants() {
        workshop = scheduleWorkshop();
        ana = joinNewOrganisation(workshop, "Ana");
        ben = joinNewOrganisation(workshop, "Ben");
    }

    private Response settings(String phase, Map<String, Object> body) {
        return api.send("PUT", path("/phases/" + phase + "/settings"), workshop.facilitatorToken(), body);
    }

    private void pointsInCritique(boolean hiddenTallies) {
        assertThat(settings("CRITIQUE", Map.of("votingMode", "POINTS", "hiddenTallies", hiddenTallies)).status())
                .isEqualTo(200);
        advanceTo(workshop, "CRITIQUE");
        postIdea(workshop, ana, "buses", "Trop peu de bus");
        postIdea(workshop, ben, "bikes", "Pas de pistes cyclables");
    }

    private Response points(Participant voter, int onBuses, int onBikes) {
        return api.send("PUT", path("/points"), voter.token(), Map.of("allocations", List.of(
                Map.of("ideaId", "buses", "points", onBuses), Map.of("ideaId", "bikes", "points", onBikes))));
    }

    @Test
    void theSettingsEchoTheVotingModeAndTheBoardShowsIt() {
        Response chosen = settings("REALIZATION", Map.of("votingMode", "CRITERIA", "criteria", List.of(
                Map.of("criterionId", "impact", "label", "Impact pour le territoire"),
                Map.of("label", "Faisabilité"))));

        assertThat(chosen.status()).as(chosen.body().toString()).isEqualTo(200);
        assertThat(chosen.text("votingMode")).isEqualTo("CRITERIA");
        assertThat(chosen.body().path("criteria").findValuesAsText("criterionId")).containsExactly("impact", "c2");
        JsonNode realization = phaseSettings("REALIZATION");
        assertThat(realization.path("votingMode").asText()).isEqualTo("CRITERIA");
        assertThat(realization.path("criteria").findValuesAsText("label"))
                .containsExactly("Impact pour le territoire", "Faisabilité");
    }

    @Test
    void badCriteriaAreABadRequest() {
        assertProblem(settings("UTOPIA", Map.of("votingMode", "CRITERIA", "criteria", List.of())), 400, "criteria");
        assertProblem(settings("UTOPIA", Map.of("votingMode", "CRITERIA", "criteria", List.of(
                Map.of("label", "a"), Map.of("label", "b"), Map.of("label", "c"), Map.of("label", "d"),
                Map.of("label", "e"), Map.of("label", "f")))), 400, "criteria");
        assertProblem(settings("UTOPIA", Map.of("votingMode", "CRITERIA", "criteria", List.of(Map.of("label", " ")))),
                400, "criteria");
        assertProblem(settings("UTOPIA", Map.of("votingMode", "POINTS", "criteria", List.of(Map.of("label", "a")))),
                400, "criteria");
        assertThat(settings("UTOPIA", Map.of("votingMode", "LOTTERY")).status()).isEqualTo(400);
    }

    @Test
    void aParticipantSharesOutPointsAndEachCallReplacesTheLast() {
        pointsInCritique(false);
        toVoteStep();

        Response first = points(ana, 60, 40);
        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(points(ben, 10, 20).status()).isEqualTo(200);
        assertThat(points(ana, 25, 75).status()).isEqualTo(200);

        JsonNode board = board(ana);
        assertThat(pointsOf(board, "buses")).isEqualTo(35);
        assertThat(pointsOf(board, "bikes")).isEqualTo(95);
        assertThat(board.path("myPoints").size()).isEqualTo(2);
        assertThat(board.path("myPoints").findValuesAsText("points")).containsExactlyInAnyOrder("25", "75");
    }

    @Test
    void theScoresExportRanksThePointsAndTheEventLogHasThem() {
        pointsInCritique(false);
        toVoteStep();
        points(ana, 25, 75);
        points(ben, 10, 20);

        JsonNode scores = api.get(path("/export/scores.json"), workshop.facilitatorToken()).body().path("scores");
        assertThat(scores.size()).isEqualTo(2);
        assertThat(scores.get(0).path("targetId").asText()).isEqualTo("bikes");
        assertThat(scores.get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(scores.get(0).path("points").asInt()).isEqualTo(95);
        assertThat(scores.get(1).path("points").asInt()).isEqualTo(35);
        String log = api.getAny(path("/events.ndjson"), workshop.facilitatorToken()).raw().body();
        assertThat(log).contains("\"VotingModeChosen\"").contains("\"PointsAllocated\"");
    }

    @Test
    void pointsAboveAHundredAreAConflict() {
        pointsInCritique(false);
        toVoteStep();

        assertProblemCode(points(ana, 60, 41), 409, "PointsOverBudget");
        assertThat(points(ana, 60, 40).status()).isEqualTo(200);
    }

    @Test
    void pointsMustBeWholeAndNotNegative() {
        pointsInCritique(false);
        toVoteStep();

        assertProblem(api.send("PUT", path("/points"), ana.token(), Map.of("allocations",
                List.of(Map.of("ideaId", "buses", "points", 10.5)))), 400, "points");
        assertProblem(points(ana, -5, 10), 400, "points");
        assertProblem(api.send("PUT", path("/points"), ana.token(), Map.of("allocations",
                List.of(Map.of("ideaId", "buses", "clusterId", "x", "points", 10)))), 400, null);
    }

    @Test
    void pointsOnAnUnknownIdeaAreNotFound() {
        pointsInCritique(false);
        toVoteStep();

        assertProblem(api.send("PUT", path("/points"), ana.token(), Map.of("allocations",
                List.of(Map.of("ideaId", "nowhere", "points", 10)))), 404, null);
    }

    @Test
    void pointsOutsideTheVoteStepOrInADotsPhaseAreNotVoting() {
        pointsInCritique(false);
        assertProblemCode(points(ana, 10, 10), 409, "NotVoting");

        toVoteStep();
        assertProblemCode(api.post(path("/votes"), ana.token(), Map.of("ideaId", "buses")), 409, "NotDotVoting");
        assertProblemCode(api.send("PUT", path("/ratings"), ana.token(),
                Map.of("ideaId", "buses", "criterionId", "c1", "score", 3)), 409, "NotVoting");
    }

    @Test
    void onlyParticipantsSharePoints() {
        pointsInCritique(false);
        toVoteStep();

        assertThat(api.send("PUT", path("/points"), workshop.facilitatorToken(), Map.of("allocations", List.of()))
                .status()).isEqualTo(403);
    }

    @Test
    void hiddenTalliesHidePointsUntilTheVoteEnds() {
        pointsInCritique(true);
        toVoteStep();
        points(ben, 30, 70);

        assertThat(pointsOf(board(ana), "bikes")).isZero();
        assertThat(board(ben).path("myPoints").size()).isEqualTo(2);
        api.post(path("/advance-step"), workshop.facilitatorToken(), Map.of("expectedStep", "VOTE"));
        assertThat(pointsOf(board(ana), "bikes")).isEqualTo(70);
    }

    @Test
    void participantsRateProjectsOnCriteriaInRealization() {
        settings("REALIZATION", Map.of("votingMode", "CRITERIA", "criteria", List.of(
                Map.of("criterionId", "impact", "label", "Impact pour le territoire"),
                Map.of("criterionId", "faisabilite", "label", "Faisabilité"))));
        advanceTo(workshop, "REALIZATION");
        String kitchen = api.post(path("/proposals"), ana.token(), Map.of("title", "Cuisine partagée",
                "description", "Ouverte le dimanche", "derivedFrom", List.of())).text("proposalId");
        toVoteStep();

        assertThat(rate(ana, kitchen, "impact", 5).status()).isEqualTo(200);
        assertThat(rate(ben, kitchen, "impact", 2).status()).isEqualTo(200);
        assertThat(rate(ben, kitchen, "impact", 4).status()).isEqualTo(200);
        assertThat(rate(ben, kitchen, "faisabilite", 3).status()).isEqualTo(200);

        JsonNode proposal = board(ana).path("proposals").get(0);
        assertThat(proposal.path("ratings").get(0).path("criterionId").asText()).isEqualTo("impact");
        assertThat(proposal.path("ratings").get(0).path("average").asDouble()).isEqualTo(4.5);
        assertThat(proposal.path("ratings").get(0).path("count").asInt()).isEqualTo(2);
        assertThat(proposal.path("ratings").get(1).path("average").asDouble()).isEqualTo(3.0);
        JsonNode bens = board(ben).path("myRatings");
        assertThat(bens.size()).isEqualTo(2);
        assertThat(bens.findValuesAsText("score")).containsExactlyInAnyOrder("4", "3");

        assertProblem(rate(ana, kitchen, "impact", 6), 400, "score");
        assertProblem(rate(ana, kitchen, "impact", 0), 400, "score");
        assertProblemCode(rate(ana, kitchen, "beaute", 3), 400, "UnknownCriterion");
        assertProblem(rate(ana, "unknown-proposal", "impact", 3), 404, null);
        assertProblemCode(api.post(path("/votes"), ana.token(), Map.of("proposalId", kitchen)), 409, "NotDotVoting");
        assertProblemCode(api.send("PUT", path("/points"), ana.token(), Map.of("allocations", List.of())), 409,
                "NotVoting");
    }

    private Response rate(Participant voter, String proposalId, String criterionId, int score) {
        return api.send("PUT", path("/ratings"), voter.token(),
                Map.of("proposalId", proposalId, "criterionId", criterionId, "score", score));
    }

    private JsonNode phaseSettings(String phase) {
        for (JsonNode settings : board(ana).path("settings")) {
            if (settings.path("phase").asText().equals(phase)) {
                return settings;
            }
        }
        throw new AssertionError("no settings for " + phase);
    }

    private static int pointsOf(JsonNode board, String ideaId) {
        for (JsonNode idea : board.path("ideas")) {
            if (idea.path("ideaId").asText().equals(ideaId)) {
                return idea.path("points").asInt(-1);
            }
        }
        throw new AssertionError("no idea " + ideaId);
    }

    private void toVoteStep() {
        for (String step : List.of("COLLECT", "CLUSTER")) {
            assertThat(api.post(path("/advance-step"), workshop.facilitatorToken(), Map.of("expectedStep", step))
                    .status()).isEqualTo(200);
        }
    }

    private JsonNode board(Participant reader) {
        return api.get(path("/board"), reader.token()).body();
    }

    private String path(String rest) {
        return "/api/workshops/" + workshop.id() + rest;
    }

    private static void assertProblemCode(Response response, int status, String code) {
        assertProblem(response, status, null);
        assertThat(response.text("code")).isEqualTo(code);
    }
}
