package org.atelier.web.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Proposing, reading, amending, withdrawing and ranking proposals over HTTP, with every refusal. */
class ProposalApiTest extends ApiTest {

    private Workshop workshop;
    private Participant ana;
    private Participant ben;

    @BeforeEach
    void aWorkshopInRealizationWithAnIdeaOfCritique() {
        workshop = scheduleWorkshop();
        ana = joinNewOrganisation(workshop, "Ana");
        ben = joinNewOrganisation(workshop, "Ben");
        advanceTo(workshop, "CRITIQUE");
        postIdea(workshop, ana, "critique-" + workshop.id(), "Chacun cuisine seul");
        advanceTo(workshop, "REALIZATION");
    }

    @Test
    void aParticipantProposesAProjectAndTheBoardShowsItAtOnce() {
        Response proposed = propose(ana.token(), Map.of("proposalId", unique("kitchen").replace(' ', '-'),
                "title", "Cuisine partagée", "description", "Ouverte le dimanche",
                "derivedFrom", List.of(critique()),
                "conditions", Map.of("resources", "Une cuisine", "obstacles", "Assurance", "firstSteps", "Mairie",
                        "timeline", "Printemps")));

        assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(201);
        String proposalId = proposed.text("proposalId");
        JsonNode onBoard = api.get(path("/board"), ben.token()).body().path("proposals").get(0);
        assertThat(onBoard.path("proposalId").asText()).isEqualTo(proposalId);
        assertThat(onBoard.path("title").asText()).isEqualTo("Cuisine partagée");
        assertThat(onBoard.path("derivedFrom").get(0).asText()).isEqualTo(critique());
        assertThat(onBoard.path("leadOrganisationId").asText()).isEqualTo(ana.organisationId());
        assertThat(onBoard.path("conditions").path("firstSteps").asText()).isEqualTo("Mairie");
        assertThat(onBoard.path("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void theFacilitatorProposesToo() {
        Response proposed = propose(workshop.facilitatorToken(), Map.of("title", "Annuaire commun",
                "description", "", "derivedFrom", List.of(), "leadOrganisationId", ben.organisationId()));

        assertThat(proposed.status()).isEqualTo(201);
        JsonNode proposal = api.get("/api/proposals/" + proposed.text("proposalId"), workshop.evaluatorToken()).body();
        assertThat(proposal.path("proposer").isNull()).isTrue();
        assertThat(proposal.path("leadOrganisationId").asText()).isEqualTo(ben.organisationId());
    }

    @Test
    void aRetriedProposalAnswersTheSameAndRecordsNothing() {
        Map<String, Object> body = Map.of("proposalId", "retry-" + UUID.randomUUID(), "title", "Cuisine",
                "description", "", "derivedFrom", List.of(critique()));
        Response first = propose(ana.token(), body);
        long version = board().path("version").asLong();

        Response again = propose(ana.token(), body);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(board().path("version").asLong()).isEqualTo(version);
        assertThat(board().path("proposals").size()).isEqualTo(1);
    }

    @Test
    void aProposalIdAgainWithOtherContentIsAConflict() {
        String proposalId = "taken-" + UUID.randomUUID();
        propose(ana.token(), Map.of("proposalId", proposalId, "title", "Cuisine", "derivedFrom", List.of()));

        Response refused = propose(ana.token(), Map.of("proposalId", proposalId, "title", "Autre chose",
                "derivedFrom", List.of()));

        assertProblem(refused, 409, "proposalId");
    }

    @Test
    void aProposalIdOfAnotherWorkshopIsAConflict() {
        String proposalId = "elsewhere-" + UUID.randomUUID();
        propose(ana.token(), Map.of("proposalId", proposalId, "title", "Cuisine", "derivedFrom", List.of()));
        Workshop other = scheduleWorkshop();
        Participant olga = joinNewOrganisation(other, "Olga");
        advanceTo(other, "REALIZATION");

        Response refused = api.post("/api/workshops/" + other.id() + "/proposals", olga.token(),
                Map.of("proposalId", proposalId, "title", "Cuisine", "derivedFrom", List.of()));

        assertProblem(refused, 409, "proposalId");
    }

    @Test
    void proposingOutsideRealizationIsAConflict() {
        advanceTo(workshop, "CLOSED");

        assertProblem(propose(ana.token(), Map.of("title", "Trop tard", "derivedFrom", List.of())), 409, null);
    }

    @Test
    void evaluatorsAndOtherWorkshopsCannotPropose() {
        Workshop other = scheduleWorkshop();
        Participant olga = joinNewOrganisation(other, "Olga");

        assertThat(propose(workshop.evaluatorToken(), Map.of("title", "Non")).status()).isEqualTo(403);
        assertThat(propose(olga.token(), Map.of("title", "Non")).status()).isEqualTo(403);
        assertThat(propose(null, Map.of("title", "Non")).status()).isEqualTo(401);
    }

    @Test
    void badInputIsABadRequestNamingTheField() {
        assertProblem(propose(ana.token(), Map.of("title", " ", "derivedFrom", List.of())), 400, "title");
        assertProblem(propose(ana.token(), Map.of("title", "x", "derivedFrom", List.of("no spaces allowed"))), 400,
                "derivedFrom");
        assertProblem(propose(ana.token(), Map.of("title", "x", "proposalId", "a/b")), 400, "proposalId");
        assertProblem(propose(ana.token(), Map.of("title", 5)), 400, "title");
        assertProblem(propose(ana.token(), Map.of("title", "x", "conditions", Map.of("timeline", "t".repeat(2_001)))),
                400, "conditions.timeline");
        assertProblem(api.postRaw(path("/proposals"), ana.token(), "{not json"), 400, null);
    }

    @Test
    void derivedIdeasAndClustersMustBeOfThisWorkshopAndStillStand() {
        postIdea(workshop, ben, "gone-" + workshop.id(), "Retirée");
        api.delete(path("/ideas/gone-" + workshop.id()), ben.token());

        assertProblem(propose(ana.token(), Map.of("title", "x", "derivedFrom", List.of("unknown-idea"))), 404,
                "derivedFrom");
        assertProblem(propose(ana.token(), Map.of("title", "x", "derivedFrom", List.of("gone-" + workshop.id()))), 409,
                "derivedFrom");
        assertProblem(propose(ana.token(), Map.of("title", "x", "derivedFromClusters", List.of("unknown-cluster"))),
                404, "derivedFromClusters");
        assertProblem(propose(ana.token(), Map.of("title", "x", "leadOrganisationId", "org-not-in-the-room")), 404,
                "leadOrganisationId");
    }

    @Test
    void aProposalReadsTheSameForEveryoneOfTheWorkshop() {
        String proposalId = propose(ana.token(), Map.of("title", "Cuisine", "derivedFrom", List.of(critique())))
                .text("proposalId");

        for (String token : List.of(ana.token(), ben.token(), workshop.facilitatorToken(), workshop.evaluatorToken(),
                ORGANISER)) {
            Response read = api.get("/api/proposals/" + proposalId, token);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.text("proposalId")).isEqualTo(proposalId);
            assertThat(read.text("title")).isEqualTo("Cuisine");
            assertThat(read.body().path("derivedFrom").get(0).asText()).isEqualTo(critique());
            assertThat(read.body().path("commitments").isArray()).isTrue();
            assertThat(read.body().has("partnershipId")).isTrue();
        }
    }

    @Test
    void aProposalIsHiddenFromOtherWorkshopsAndUnknownOnesAreNotFound() {
        String proposalId = propose(ana.token(), Map.of("title", "Cuisine")).text("proposalId");
        Participant olga = joinNewOrganisation(scheduleWorkshop(), "Olga");

        assertThat(api.get("/api/proposals/" + proposalId, olga.token()).status()).isEqualTo(403);
        assertProblem(api.get("/api/proposals/never-proposed", ORGANISER), 404, null);
        assertProblem(api.get("/api/proposals/not%20an%20id", ORGANISER), 400, "proposalId");
    }

    @Test
    void theProposerAmendsTheirProposal() {
        String proposalId = propose(ana.token(), Map.of("title", "Cuisine", "derivedFrom", List.of(critique())))
                .text("proposalId");

        Response amended = api.patch("/api/proposals/" + proposalId, ana.token(),
                Map.of("title", "Cuisine partagée", "conditions", Map.of("resources", "Deux cuisiniers")));

        assertThat(amended.status()).as(amended.body().toString()).isEqualTo(200);
        assertThat(amended.text("title")).isEqualTo("Cuisine partagée");
        assertThat(amended.body().path("conditions").path("resources").asText()).isEqualTo("Deux cuisiniers");
        assertThat(amended.body().path("derivedFrom").get(0).asText()).isEqualTo(critique());
        assertThat(api.patch("/api/proposals/" + proposalId, workshop.facilitatorToken(), Map.of("title", "Par l'animateur"))
                .status()).isEqualTo(200);
    }

    @Test
    void othersCannotAmendOrWithdrawAProposal() {
        String proposalId = propose(ana.token(), Map.of("title", "Cuisine")).text("proposalId");

        assertProblem(api.patch("/api/proposals/" + proposalId, ben.token(), Map.of("title", "À moi")), 403, null);
        assertProblem(api.delete("/api/proposals/" + proposalId, ben.token()), 403, null);
        assertProblem(api.patch("/api/proposals/" + proposalId, workshop.evaluatorToken(), Map.of("title", "Non")), 403,
                null);
        assertProblem(api.patch("/api/proposals/unknown-proposal", ana.token(), Map.of("title", "Non")), 404, null);
        assertProblem(api.patch("/api/proposals/" + proposalId, ana.token(), Map.of("title", "")), 400, "title");
    }

    @Test
    void aWithdrawnProposalStaysReadableAndTakesNoMoreCommitments() {
        String proposalId = propose(ana.token(), Map.of("title", "Cuisine")).text("proposalId");

        assertThat(api.delete("/api/proposals/" + proposalId, ana.token()).status()).isEqualTo(204);
        assertThat(api.delete("/api/proposals/" + proposalId, ana.token()).status()).isEqualTo(204);

        assertThat(api.get("/api/proposals/" + proposalId, ben.token()).text("status")).isEqualTo("WITHDRAWN");
        assertProblem(api.post("/api/proposals/" + proposalId + "/commitments", ben.token(), Map.of()), 409, null);
        assertProblem(api.patch("/api/proposals/" + proposalId, ana.token(), Map.of("title", "Revenue")), 409, null);
    }

    @Test
    void theFacilitatorSetsTheFinalOrder() {
        String kitchen = propose(ana.token(), Map.of("title", "Cuisine")).text("proposalId");
        String bikes = propose(ben.token(), Map.of("title", "Vélos")).text("proposalId");

        Response ranked = api.send("PUT", path("/proposals/order"), workshop.facilitatorToken(),
                Map.of("proposalIds", List.of(bikes, kitchen)));

        assertThat(ranked.status()).isEqualTo(200);
        assertThat(ranked.body().path("proposalIds").get(0).asText()).isEqualTo(bikes);
        Map<String, Integer> priorities = new HashMap<>();
        board().path("proposals").forEach(p -> priorities.put(p.path("proposalId").asText(), p.path("priority").asInt()));
        assertThat(priorities).containsEntry(bikes, 1).containsEntry(kitchen, 2);
    }

    @Test
    void aWrongOrderIsRefusedWithItsReason() {
        String kitchen = propose(ana.token(), Map.of("title", "Cuisine")).text("proposalId");

        assertProblem(api.send("PUT", path("/proposals/order"), workshop.facilitatorToken(),
                Map.of("proposalIds", List.of(kitchen, kitchen))), 400, "proposalIds");
        assertProblem(api.send("PUT", path("/proposals/order"), workshop.facilitatorToken(),
                Map.of("proposalIds", List.of(kitchen, "unknown-proposal"))), 404, "proposalIds");
        assertProblem(api.send("PUT", path("/proposals/order"), workshop.facilitatorToken(), Map.of()), 400,
                "proposalIds");
        assertProblem(api.send("PUT", path("/proposals/order"), ana.token(), Map.of("proposalIds", List.of(kitchen))),
                403, null);
    }

    @Test
    void theRoomPutsDotsOnProposalsDuringTheVoteStep() {
        String kitchen = propose(ana.token(), Map.of("title", "Cuisine")).text("proposalId");
        assertProblem(api.post(path("/votes"), ben.token(), Map.of("proposalId", kitchen)), 409, null);
        for (String step : List.of("COLLECT", "CLUSTER")) {
            api.post(path("/advance-step"), workshop.facilitatorToken(), Map.of("expectedStep", step));
        }

        Response voted = api.post(path("/votes"), ben.token(), Map.of("proposalId", kitchen));

        assertThat(voted.status()).as(voted.body().toString()).isEqualTo(201);
        assertThat(voted.text("proposalId")).isEqualTo(kitchen);
        assertThat(board().path("proposals").get(0).path("votes").asInt()).isEqualTo(1);
        JsonNode bensBoard = api.get(path("/board"), ben.token()).body();
        assertThat(bensBoard.path("myVotes").get(0).path("proposalId").asText()).isEqualTo(kitchen);
        assertThat(bensBoard.path("votesLeft").asInt()).isEqualTo(4);
        assertThat(api.delete(path("/votes/proposals/" + kitchen), ben.token()).status()).isEqualTo(204);
        assertThat(board().path("proposals").get(0).path("votes").asInt()).isZero();
        assertProblem(api.post(path("/votes"), ben.token(), Map.of("proposalId", "unknown-proposal")), 404, null);
        assertProblem(api.post(path("/votes"), ben.token(), Map.of("proposalId", kitchen, "ideaId", critique())),
                400, "proposalId");
        assertProblem(api.post(path("/votes"), workshop.facilitatorToken(), Map.of("proposalId", kitchen)), 403, null);
    }

    private Response propose(String token, Map<String, Object> body) {
        return api.post(path("/proposals"), token, body);
    }

    private String critique() {
        return "critique-" + workshop.id();
    }

    private JsonNode board() {
        return api.get(path("/board"), workshop.evaluatorToken()).body();
    }

    private String path(String rest) {
        return "/api/workshops/" + workshop.id() + rest;
    }
}
