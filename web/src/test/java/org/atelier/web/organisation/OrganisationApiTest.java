package org.atelier.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class OrganisationApiTest extends ApiTest {

    @Test
    void anEssOrganisationWithItsHeadOfficeInTheTerritoryIsEligible() {
        Response registered = api.post("/api/organisations", ORGANISER,
                Map.of("name", unique("Kaléido'Scop"), "commune", "Saint-Étienne", "ess", true));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.text("organisationId")).isNotBlank();
        assertThat(registered.body().path("eligible").asBoolean()).isTrue();
    }

    @Test
    void anOrganisationOutsideTheTerritoryIsNotEligible() {
        Response registered = api.post("/api/organisations", ORGANISER,
                Map.of("name", unique("Lyon Coop"), "commune", "Lyon", "ess", true));

        assertThat(registered.body().path("eligible").asBoolean()).isFalse();
    }

    @Test
    void anOrganisationOutsideTheEssIsNotEligible() {
        Response registered = api.post("/api/organisations", ORGANISER,
                Map.of("name", unique("Industrie SA"), "commune", "Saint-Chamond", "ess", false));

        assertThat(registered.body().path("eligible").asBoolean()).isFalse();
    }

    @Test
    void theRegisterListsOrganisationsWithTheirFigures() {
        String name = unique("Registre");
        String id = registerOrganisation(name, "Firminy", true);

        Response register = api.get("/api/organisations", ORGANISER);

        assertThat(register.status()).isEqualTo(200);
        JsonNode listed = null;
        for (JsonNode organisation : register.body()) {
            if (organisation.path("organisationId").asText().equals(id)) {
                listed = organisation;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("name").asText()).isEqualTo(name);
        assertThat(listed.path("commune").asText()).isEqualTo("Firminy");
        assertThat(listed.path("ess").asBoolean()).isTrue();
        assertThat(listed.path("eligible").asBoolean()).isTrue();
    }

    @Test
    void aNameAlreadyRegisteredIsAConflictWhateverItsCaseAccentsOrSpaces() {
        String suffix = unique("");
        registerOrganisation("Économie Solidaire" + suffix, "Firminy", true);

        Response duplicate = api.post("/api/organisations", ORGANISER,
                Map.of("name", "  economie   SOLIDAIRE" + suffix.toUpperCase() + " ", "commune", "Unieux", "ess", true));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("field")).isEqualTo("name");
    }

    @Test
    void aMissingEssIsABadRequest() {
        Response refused = api.post("/api/organisations", ORGANISER, Map.of("name", unique("X"), "commune", "Firminy"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("ess");
    }

    @Test
    void essAsTextIsABadRequest() {
        Response refused = api.post("/api/organisations", ORGANISER,
                Map.of("name", unique("X"), "commune", "Firminy", "ess", "oui"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("ess");
    }

    @Test
    void aMissingCommuneIsABadRequest() {
        Response refused = api.post("/api/organisations", ORGANISER, Map.of("name", unique("X"), "ess", true));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("commune");
    }

    @Test
    void theOrganiserMovesAnOrganisationIntoTheTerritoryAndItBecomesEligible() {
        String id = api.post("/api/organisations", ORGANISER,
                Map.of("name", unique("Lyon Coop"), "commune", "Lyon", "ess", true)).text("organisationId");

        Response updated = api.patch("/api/organisations/" + id, ORGANISER, Map.of("commune", "  Firminy "));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.text("commune")).isEqualTo("Firminy");
        assertThat(updated.body().path("eligible").asBoolean()).isTrue();
        assertThat(listed(id).path("eligible").asBoolean()).isTrue();
    }

    @Test
    void leavingTheEssEndsEligibilityAndTheCommuneStays() {
        String id = api.post("/api/organisations", ORGANISER,
                Map.of("name", unique("Coop"), "commune", "Firminy", "ess", true)).text("organisationId");

        Response updated = api.patch("/api/organisations/" + id, ORGANISER, Map.of("ess", false));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(listed(id).path("commune").asText()).isEqualTo("Firminy");
        assertThat(listed(id).path("ess").asBoolean()).isFalse();
        assertThat(listed(id).path("eligible").asBoolean()).isFalse();
    }

    @Test
    void onlyTheOrganiserChangesTheRegister() {
        String id = api.post("/api/organisations", ORGANISER,
                Map.of("name", unique("Coop"), "commune", "Firminy", "ess", true)).text("organisationId");
        Workshop workshop = scheduleWorkshop();

        assertThat(api.patch("/api/organisations/" + id, workshop.facilitatorToken(), Map.of("ess", false)).status())
                .isEqualTo(403);
        assertThat(api.patch("/api/organisations/" + id, null, Map.of("ess", false)).status()).isEqualTo(401);
        assertThat(listed(id).path("ess").asBoolean()).isTrue();
    }

    @Test
    void anUnknownOrganisationIsNotFoundAndABlankCommuneABadRequest() {
        String id = api.post("/api/organisations", ORGANISER,
                Map.of("name", unique("Coop"), "commune", "Firminy", "ess", true)).text("organisationId");

        assertThat(api.patch("/api/organisations/nobody", ORGANISER, Map.of("ess", false)).status()).isEqualTo(404);
        Response blank = api.patch("/api/organisations/" + id, ORGANISER, Map.of("commune", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.text("field")).isEqualTo("commune");
    }

    private JsonNode listed(String organisationId) {
        for (JsonNode organisation : api.get("/api/organisations", ORGANISER).body()) {
            if (organisation.path("organisationId").asText().equals(organisationId)) {
                return organisation;
            }
        }
        throw new AssertionError("not in the register: " + organisationId);
    }
}
