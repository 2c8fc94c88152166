package org.atelier.web.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Facilitators run a workshop in pairs: a co-facilitator moves the room on, and can be withdrawn. */
class CoFacilitatorApiTest extends ApiTest {

    @Test
    void aCoFacilitatorRunsTheWorkshopAndTheHistoryNamesThem() {
        Workshop workshop = scheduleWorkshop();

        Response added = api.post(facilitators(workshop), workshop.facilitatorToken(), Map.of("name", "Claire"));

        assertThat(added.status()).isEqualTo(201);
        String facilitatorId = added.text("facilitatorId");
        Response advanced = api.post("/api/workshops/" + workshop.id() + "/advance", added.text("token"),
                Map.of("expectedPhase", "PREPARATION"));
        assertThat(advanced.status()).as(advanced.body().toString()).isEqualTo(200);
        JsonNode events = api.get("/api/workshops/" + workshop.id() + "/history?type=PhaseAdvanced",
                workshop.evaluatorToken()).body().path("events");
        assertThat(events.get(0).path("actor").asText()).isEqualTo("facilitator:" + facilitatorId);
        JsonNode addedEvents = api.get("/api/workshops/" + workshop.id() + "/history?type=FacilitatorAdded",
                workshop.evaluatorToken()).body().path("events");
        assertThat(addedEvents.get(0).path("payload").path("name").asText()).isEqualTo("Claire");
        assertThat(addedEvents.toString()).doesNotContain(added.text("token"));
    }

    @Test
    void aCoFacilitatorsTokenDoesNotRunAnotherWorkshop() {
        Workshop workshop = scheduleWorkshop();
        Workshop other = scheduleWorkshop();
        String token = api.post(facilitators(workshop), ORGANISER, Map.of("name", "Claire")).text("token");

        Response refused = api.post("/api/workshops/" + other.id() + "/advance", token,
                Map.of("expectedPhase", "PREPARATION"));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aRemovedCoFacilitatorsTokenIsRefused() {
        Workshop workshop = scheduleWorkshop();
        Response added = api.post(facilitators(workshop), workshop.facilitatorToken(), Map.of("name", "Claire"));

        Response removed = api.delete(facilitators(workshop) + "/" + added.text("facilitatorId"),
                workshop.facilitatorToken());

        assertThat(removed.status()).isEqualTo(204);
        Response refused = api.get("/api/workshops/" + workshop.id(), added.text("token"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("detail")).contains("removed");
        assertThat(api.get("/api/workshops/" + workshop.id(), workshop.facilitatorToken()).status()).isEqualTo(200);
        assertThat(api.delete(facilitators(workshop) + "/" + added.text("facilitatorId"), ORGANISER).status())
                .isEqualTo(204);
    }

    @Test
    void theFirstFacilitatorCanHandOverAndTheLastOneCannotBeRemoved() {
        Workshop workshop = scheduleWorkshop();
        Response added = api.post(facilitators(workshop), workshop.facilitatorToken(), Map.of("name", "Claire"));

        Response handedOver = api.delete(facilitators(workshop) + "/first", added.text("token"));
        Response last = api.delete(facilitators(workshop) + "/" + added.text("facilitatorId"), ORGANISER);

        assertThat(handedOver.status()).isEqualTo(204);
        assertThat(api.get("/api/workshops/" + workshop.id(), workshop.facilitatorToken()).status()).isEqualTo(401);
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.text("code")).isEqualTo("LastFacilitator");
        assertThat(api.get("/api/workshops/" + workshop.id(), added.text("token")).status()).isEqualTo(200);
    }

    @Test
    void removingSomeoneWhoNeverFacilitatedIsNotFound() {
        Workshop workshop = scheduleWorkshop();

        Response refused = api.delete(facilitators(workshop) + "/nobody", workshop.facilitatorToken());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.text("code")).isEqualTo("UnknownFacilitator");
    }

    @Test
    void aCoFacilitatorNeedsAName() {
        Workshop workshop = scheduleWorkshop();

        Response refused = api.post(facilitators(workshop), workshop.facilitatorToken(), Map.of("name", " "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("name");
    }

    @Test
    void theFacilitatorsAreListedFirstOneFirstAndEachSeesWhichIsThem() {
        Workshop workshop = scheduleWorkshop();
        Response added = api.post(facilitators(workshop), workshop.facilitatorToken(), Map.of("name", "Claire"));
        String leaving = api.post(facilitators(workshop), ORGANISER, Map.of("name", "Paul")).text("facilitatorId");
        api.delete(facilitators(workshop) + "/" + leaving, added.text("token"));

        Response byFirst = api.get(facilitators(workshop), workshop.facilitatorToken());
        Response byClaire = api.get(facilitators(workshop), added.text("token"));

        assertThat(byFirst.status()).isEqualTo(200);
        assertThat(byFirst.body()).hasSize(2);
        assertThat(byFirst.body().get(0).path("facilitatorId").asText()).isEqualTo("first");
        assertThat(byFirst.body().get(0).path("first").asBoolean()).isTrue();
        assertThat(byFirst.body().get(0).path("you").asBoolean()).isTrue();
        assertThat(byFirst.body().get(1).path("name").asText()).isEqualTo("Claire");
        assertThat(byFirst.body().get(1).path("addedBy").asText()).isEqualTo("facilitator");
        assertThat(byFirst.body().get(1).path("you").asBoolean()).isFalse();
        assertThat(byClaire.body().get(1).path("you").asBoolean()).isTrue();
        assertThat(byFirst.body().toString()).doesNotContain(added.text("token"));
    }

    @Test
    void aRemovedFacilitatorIsToldTheyWereRemoved() {
        Workshop workshop = scheduleWorkshop();
        Response added = api.post(facilitators(workshop), workshop.facilitatorToken(), Map.of("name", "Claire"));
        api.delete(facilitators(workshop) + "/" + added.text("facilitatorId"), workshop.facilitatorToken());

        Response refused = api.get(facilitators(workshop), added.text("token"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("code")).isEqualTo("RemovedFromWorkshop");
    }

    private static String facilitators(Workshop workshop) {
        return "/api/workshops/" + workshop.id() + "/facilitators";
    }
}
