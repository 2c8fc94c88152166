package org.atelier.web.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

class ObjectionApiTest extends ApiTest {

    @Test
    void anObjectionParkedInUtopiaSurfacesInRealization() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "UTOPIA");
        String objections = "/api/workshops/" + workshop.id() + "/objections";
        String board = "/api/workshops/" + workshop.id() + "/board";

        Response parked = api.post(objections, ana.token(), Map.of("objectionId", "o-1", "text", "Jamais financé"));

        assertThat(parked.status()).isEqualTo(201);
        assertThat(parked.text("objectionId")).isEqualTo("o-1");
        assertThat(api.get(board, ana.token()).body().path("objections").size()).isZero();
        assertThat(api.get(board, ana.token()).body().path("ideas").size()).isZero();

        advanceTo(workshop, "REALIZATION");

        assertThat(api.get(board, ana.token()).body().path("objections").get(0).path("text").asText())
                .isEqualTo("Jamais financé");
        assertThat(api.post(objections, ana.token(), Map.of("text", "Trop tard")).status()).isEqualTo(409);
    }

    @Test
    void onlyParticipantsObject() {
        Workshop workshop = scheduleWorkshop();
        advanceTo(workshop, "UTOPIA");

        assertThat(api.post("/api/workshops/" + workshop.id() + "/objections", workshop.facilitatorToken(),
                Map.of("text", "Non")).status()).isEqualTo(403);
    }
}
