package org.atelier.web.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

class JoinApiTest extends ApiTest {

    @Test
    void aPersonJoinsWithTheCodeOnBehalfOfAnOrganisation() {
        Workshop workshop = scheduleWorkshop();
        String organisation = registerOrganisation(unique("Kaléido'Scop"), "Saint-Étienne", true);

        Response joined = api.post("/api/join", null, Map.of("joinCode", workshop.joinCode(),
                "displayName", "  Ana  ", "organisationId", organisation));

        assertThat(joined.status()).isEqualTo(201);
        assertThat(joined.text("workshopId")).isEqualTo(workshop.id());
        assertThat(joined.text("token")).isNotBlank();
        Response read = api.get("/api/workshops/" + workshop.id(), joined.text("token"));
        assertThat(read.body().path("participants").get(0).path("displayName").asText()).isEqualTo("Ana");
        assertThat(read.body().path("participants").get(0).path("organisationId").asText()).isEqualTo(organisation);
        assertThat(read.body().path("participants").get(0).path("participantId").asText())
                .isEqualTo(joined.text("participantId"));
    }

    @Test
    void theJoinCodeIsReadWithoutCaseOrSpaces() {
        Workshop workshop = scheduleWorkshop();
        String organisation = registerOrganisation(unique("Org"), "Firminy", true);

        Response joined = api.post("/api/join", null, Map.of("joinCode", " " + workshop.joinCode().toLowerCase() + " ",
                "displayName", "Ben", "organisationId", organisation));

        assertThat(joined.status()).isEqualTo(201);
    }

    @Test
    void aWrongJoinCodeIsNotFound() {
        String organisation = registerOrganisation(unique("Org"), "Firminy", true);

        Response refused = api.post("/api/join", null, Map.of("joinCode", "NOPE00",
                "displayName", "Ben", "organisationId", organisation));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnregisteredOrganisationIsNotFound() {
        Workshop workshop = scheduleWorkshop();

        Response refused = api.post("/api/join", null, Map.of("joinCode", workshop.joinCode(),
                "displayName", "Ben", "organisationId", "not-registered"));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.text("field")).isEqualTo("organisationId");
    }

    @Test
    void aMissingDisplayNameIsABadRequest() {
        Workshop workshop = scheduleWorkshop();
        String organisation = registerOrganisation(unique("Org"), "Firminy", true);

        Response refused = api.post("/api/join", null, Map.of("joinCode", workshop.joinCode(),
                "organisationId", organisation));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("displayName");
    }

    @Test
    void aMissingJoinCodeIsABadRequest() {
        Response refused = api.post("/api/join", null, Map.of("displayName", "Ben", "organisationId", "x"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("joinCode");
    }

    @Test
    void nobodyJoinsAClosedWorkshop() {
        Workshop workshop = scheduleWorkshop();
        String organisation = registerOrganisation(unique("Org"), "Firminy", true);
        advanceTo(workshop, "CLOSED");

        Response refused = api.post("/api/join", null, Map.of("joinCode", workshop.joinCode(),
                "displayName", "Ben", "organisationId", organisation));

        assertThat(refused.status()).isEqualTo(409);
    }
}
