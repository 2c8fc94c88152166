package org.atelier.web.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Follow-up actions over HTTP: agreed and updated by committed organisations and the facilitator, also after closing. */
class FollowUpApiTest extends ApiTest {

    private Workshop workshop;
    private Participant ana;
    private Participant ben;
    private Participant carla;
    private String proposalId;

    @BeforeEach
    void aPartnershipOfAnaAndBen() {
        workshop = scheduleWorkshop();
        ana = joinNewOrganisation(workshop, "Ana");
        ben = joinNewOrganisation(workshop, "Ben");
        carla = joinNewOrganisation(workshop, "Carla");
        advanceTo(workshop, "REALIZATION");
        proposalId = api.post("/api/workshops/" + workshop.id() + "/proposals", ana.token(),
                Map.of("title", "Cuisine partagée")).text("proposalId");
        api.post(commitments(), ana.token(), Map.of());
        api.post(commitments(), ben.token(), Map.of());
    }

    @Test
    void aCommittedParticipantAgreesAnActionForTheirOrganisationByDefault() {
        Response agreed = api.post(actions(), ben.token(), Map.of("what", "Visiter la cuisine", "due", "2026-06-30"));

        assertThat(agreed.status()).as(agreed.body().toString()).isEqualTo(201);
        JsonNode action = followUp().get(0);
        assertThat(action.path("actionId").asText()).isEqualTo(agreed.text("actionId"));
        assertThat(action.path("proposalId").asText()).isEqualTo(proposalId);
        assertThat(action.path("organisationId").asText()).isEqualTo(ben.organisationId());
        assertThat(action.path("what").asText()).isEqualTo("Visiter la cuisine");
        assertThat(action.path("due").asText()).isEqualTo("2026-06-30");
        assertThat(action.path("status").asText()).isEqualTo("PLANNED");
    }

    @Test
    void theFacilitatorAgreesAnActionForACommittedOrganisation() {
        assertThat(api.post(actions(), workshop.facilitatorToken(),
                Map.of("organisationId", ana.organisationId(), "what", "Écrire la convention")).status()).isEqualTo(201);
        assertProblem(api.post(actions(), workshop.facilitatorToken(), Map.of("what", "Pour qui ?")), 400,
                "organisationId");
        assertProblem(api.post(actions(), workshop.facilitatorToken(),
                Map.of("organisationId", carla.organisationId(), "what", "Pas engagée")), 409, "organisationId");
    }

    @Test
    void actionsLiveOnAfterTheWorkshopCloses() {
        advanceTo(workshop, "CLOSED");

        Response agreed = api.post(actions(), ana.token(), Map.of("actionId", "visit", "what", "Visiter"));
        Response updated = api.patch(actions() + "/visit", ben.token(), Map.of("status", "DONE"));

        assertThat(agreed.status()).isEqualTo(201);
        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
        assertThat(updated.text("status")).isEqualTo("DONE");
        assertThat(followUp().get(0).path("status").asText()).isEqualTo("DONE");
        assertProblem(api.post("/api/workshops/" + workshop.id() + "/proposals", ana.token(), Map.of("title", "Non")),
                409, null);
    }

    @Test
    void aRetriedAgreementAnswersTheSameAndOtherContentIsAConflict() {
        Map<String, Object> body = Map.of("actionId", "visit-again", "what", "Visiter");
        Response first = api.post(actions(), ana.token(), body);

        assertThat(api.post(actions(), ana.token(), body).body()).isEqualTo(first.body());
        assertThat(followUp().size()).isEqualTo(1);
        assertProblem(api.post(actions(), ana.token(), Map.of("actionId", "visit-again", "what", "Autre")), 409,
                "actionId");
    }

    @Test
    void onlyCommittedOrganisationsAndTheFacilitatorFollowUp() {
        api.post(actions(), ana.token(), Map.of("actionId", "visit", "what", "Visiter"));

        assertProblem(api.post(actions(), carla.token(), Map.of("what", "Moi aussi")), 403, null);
        assertProblem(api.patch(actions() + "/visit", carla.token(), Map.of("status", "DONE")), 403, null);
        assertProblem(api.post(actions(), workshop.evaluatorToken(), Map.of("what", "Non")), 403, null);
        assertThat(api.patch(actions() + "/visit", workshop.facilitatorToken(), Map.of("status", "UNDER_WAY"))
                .status()).isEqualTo(200);
    }

    @Test
    void badFollowUpInputIsRefusedWithItsField() {
        api.post(actions(), ana.token(), Map.of("actionId", "visit", "what", "Visiter"));

        assertProblem(api.post(actions(), ana.token(), Map.of("what", " ")), 400, "what");
        assertProblem(api.post(actions(), ana.token(), Map.of("what", "Visiter", "due", "demain")), 400, "due");
        assertProblem(api.patch(actions() + "/visit", ana.token(), Map.of("status", "FINISHED")), 400, "status");
        assertProblem(api.patch(actions() + "/unknown-action", ana.token(), Map.of("status", "DONE")), 404,
                "actionId");
        assertProblem(api.post("/api/proposals/unknown-proposal/actions", ana.token(), Map.of("what", "x")), 404,
                null);
    }

    @Test
    void evaluatorsSeeTheFollowUpOfEveryWorkshopTheyEvaluate() {
        api.post(actions(), ana.token(), Map.of("what", "Visiter"));
        Participant olga = joinNewOrganisation(scheduleWorkshop(), "Olga");

        assertThat(followUp().size()).isEqualTo(1);
        assertThat(api.get("/api/proposals/" + proposalId, workshop.evaluatorToken()).body().path("actions").size())
                .isEqualTo(1);
        assertProblem(api.get("/api/workshops/" + workshop.id() + "/actions", olga.token()), 403, null);
        assertProblem(api.get("/api/workshops/no-such-workshop/actions", ORGANISER), 404, null);
    }

    private JsonNode followUp() {
        return api.get("/api/workshops/" + workshop.id() + "/actions", workshop.evaluatorToken()).body();
    }

    private String commitments() {
        return "/api/proposals/" + proposalId + "/commitments";
    }

    private String actions() {
        return "/api/proposals/" + proposalId + "/actions";
    }
}
