package org.atelier.web.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Coming back as oneself with the personal code, on another device or another day. */
class RejoinApiTest extends ApiTest {

    @Test
    void joiningGivesAPersonalCodeThatIsLongAndUrlSafe() {
        Workshop workshop = scheduleWorkshop();

        Response joined = api.post("/api/join", null, Map.of("joinCode", workshop.joinCode(),
                "displayName", "Karim", "organisationId", registerOrganisation(unique("Org"), "Firminy", true)));

        assertThat(joined.status()).isEqualTo(201);
        assertThat(joined.text("rejoinCode")).hasSizeGreaterThanOrEqualTo(10).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void theCodeBringsBackTheSameParticipantWithTheirIdeas() {
        Workshop workshop = scheduleWorkshop();
        String organisation = registerOrganisation(unique("Org"), "Firminy", true);
        Response joined = joinAs(workshop, organisation, "Karim Benali");
        advanceTo(workshop, "CRITIQUE");
        String ideaId = "idea-" + UUID.randomUUID();
        Participant karim = new Participant(joined.text("participantId"), joined.text("token"), organisation);
        assertThat(postIdea(workshop, karim, ideaId, "More buses").status()).isEqualTo(201);

        Response rejoined = api.post("/api/rejoin", null, Map.of("rejoinCode", joined.text("rejoinCode")));

        assertThat(rejoined.status()).isEqualTo(200);
        assertThat(rejoined.text("workshopId")).isEqualTo(workshop.id());
        assertThat(rejoined.text("participantId")).isEqualTo(karim.id());
        Response edited = api.patch("/api/workshops/" + workshop.id() + "/ideas/" + ideaId, rejoined.text("token"),
                Map.of("text", "More buses, later too"));
        assertThat(edited.status()).as(edited.body().toString()).isEqualTo(200);
        JsonNode room = api.get("/api/workshops/" + workshop.id(), rejoined.text("token")).body();
        assertThat(room.path("participants").findValuesAsText("participantId")).containsExactly(karim.id());
    }

    @Test
    void anUnknownCodeIsNotFound() {
        Response refused = api.post("/api/rejoin", null, Map.of("rejoinCode", "no-such-code-" + UUID.randomUUID()));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aMissingCodeIsInvalid() {
        Response refused = api.post("/api/rejoin", null, Map.of("rejoinCode", " "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("InvalidInput");
    }

    @Test
    void aRemovedParticipantsCodeIsNotFoundAndSaysWhy() {
        Workshop workshop = scheduleWorkshop();
        Response joined = joinAs(workshop, registerOrganisation(unique("Org"), "Firminy", true), "Ana");
        api.delete("/api/workshops/" + workshop.id() + "/participants/" + joined.text("participantId"), ORGANISER);

        Response refused = api.post("/api/rejoin", null, Map.of("rejoinCode", joined.text("rejoinCode")));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.text("detail")).contains("removed");
    }

    @Test
    void theFacilitatorGivesANewCodeAndTheOldOneIsRefused() {
        Workshop workshop = scheduleWorkshop();
        Response joined = joinAs(workshop, registerOrganisation(unique("Org"), "Firminy", true), "Ana");

        Response replaced = api.post("/api/workshops/" + workshop.id() + "/participants/"
                + joined.text("participantId") + "/rejoin-code", workshop.facilitatorToken(), Map.of());

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.text("rejoinCode")).hasSizeGreaterThanOrEqualTo(10).isNotEqualTo(joined.text("rejoinCode"));
        assertThat(api.post("/api/rejoin", null, Map.of("rejoinCode", joined.text("rejoinCode"))).status())
                .isEqualTo(404);
        Response rejoined = api.post("/api/rejoin", null, Map.of("rejoinCode", replaced.text("rejoinCode")));
        assertThat(rejoined.status()).isEqualTo(200);
        assertThat(rejoined.text("participantId")).isEqualTo(joined.text("participantId"));
    }

    @Test
    void theHistorySaysANewCodeWasGivenWithoutTheCode() {
        Workshop workshop = scheduleWorkshop();
        Response joined = joinAs(workshop, registerOrganisation(unique("Org"), "Firminy", true), "Ana");
        String code = api.post("/api/workshops/" + workshop.id() + "/participants/" + joined.text("participantId")
                + "/rejoin-code", ORGANISER, Map.of()).text("rejoinCode");

        JsonNode replaced = api.get("/api/workshops/" + workshop.id() + "/history?type=RejoinCodeReplaced",
                workshop.evaluatorToken()).body().path("events");
        String everything = api.get("/api/workshops/" + workshop.id() + "/history", ORGANISER).body().toString();

        assertThat(replaced).hasSize(1);
        assertThat(replaced.get(0).path("actor").asText()).isEqualTo("organiser");
        assertThat(replaced.get(0).path("payload").path("participantId").asText()).isEqualTo(joined.text("participantId"));
        assertThat(everything).doesNotContain(code).doesNotContain(joined.text("rejoinCode"));
    }

    @Test
    void aNewCodeForSomeoneNotInTheRoomIsNotFound() {
        Workshop workshop = scheduleWorkshop();

        Response refused = api.post("/api/workshops/" + workshop.id() + "/participants/nobody/rejoin-code",
                workshop.facilitatorToken(), Map.of());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.text("code")).isEqualTo("UnknownParticipant");
    }

    @Test
    void joiningAgainWhileInTheRoomIsAConflictThatTellsTheWayBack() {
        Workshop workshop = scheduleWorkshop();
        String organisation = registerOrganisation(unique("Org"), "Firminy", true);
        joinAs(workshop, organisation, "Karim Benali");

        Response again = joinAs(workshop, organisation, "karim benali");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("AlreadyInTheRoom");
        assertThat(again.text("detail")).contains("personal").contains("facilitator");
        assertThat(api.get("/api/workshops/" + workshop.id(), ORGANISER).body().path("participants")).hasSize(1);
    }

    @Test
    void theSameNameForAnotherOrganisationIsSomeoneElse() {
        Workshop workshop = scheduleWorkshop();
        joinAs(workshop, registerOrganisation(unique("Org"), "Firminy", true), "Karim Benali");

        Response other = joinAs(workshop, registerOrganisation(unique("Org"), "Firminy", true), "Karim Benali");

        assertThat(other.status()).isEqualTo(201);
    }

    private Response joinAs(Workshop workshop, String organisation, String name) {
        return api.post("/api/join", null, Map.of("joinCode", workshop.joinCode(), "displayName", name,
                "organisationId", organisation));
    }

    @Test
    void thePersonalLinkIsGivenAsAQrCodeOnlyForACodeThatOpensAPlace() {
        Workshop workshop = scheduleWorkshop();
        String organisation = registerOrganisation(unique("Org"), "Firminy", true);
        Response joined = joinAs(workshop, organisation, "Karim Benali");

        Response qr = api.postAny("/api/rejoin/qr.svg", null, Map.of("rejoinCode", joined.text("rejoinCode")));
        Response unknown = api.postAny("/api/rejoin/qr.svg", null, Map.of("rejoinCode", "no-such-code-at-all"));
        api.post("/api/workshops/" + workshop.id() + "/participants/" + joined.text("participantId") + "/rejoin-code",
                workshop.facilitatorToken(), Map.of());
        Response replaced = api.postAny("/api/rejoin/qr.svg", null, Map.of("rejoinCode", joined.text("rejoinCode")));

        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.contentType()).startsWith("image/svg+xml");
        assertThat(qr.raw().body()).startsWith("<svg").contains("<path");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(replaced.status()).isEqualTo(404);
    }

    @Test
    void aRemovedParticipantIsToldTheyWereRemoved() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        api.delete("/api/workshops/" + workshop.id() + "/participants/" + ana.id(), workshop.facilitatorToken());

        Response refused = api.get("/api/workshops/" + workshop.id() + "/board", ana.token());

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("code")).isEqualTo("RemovedFromWorkshop");
    }
}
