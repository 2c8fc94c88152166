package org.atelier.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** In a moderated phase the other screens learn of a waiting idea only once it is approved. */
class ModerationLiveTest extends ApiTest {

    @Test
    void aWaitingIdeaReachesAnotherParticipantOnlyWhenApproved() throws Exception {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        Participant ben = joinNewOrganisation(workshop, "Ben");
        api.send("PUT", "/api/workshops/" + workshop.id() + "/phases/CRITIQUE/settings", workshop.facilitatorToken(),
                Map.of("moderated", true));
        advanceTo(workshop, "CRITIQUE");

        try (Screen bens = Screen.connect(port(), ben.token(), null)) {
            bens.follow(workshop.id());
            assertThat(postIdea(workshop, ana, "ana-1", "Trop de réunions").status()).isEqualTo(201);

            JsonNode held = bens.take(1, 10_000).get(0);
            assertThat(held.path("type").asText()).isEqualTo("IdeaSubmitted");
            assertThat(held.path("payload").has("text")).isFalse();
            assertThat(held.path("payload").has("author")).isFalse();
            assertThat(held.toString()).doesNotContain("Trop de réunions");

            assertThat(api.post("/api/workshops/" + workshop.id() + "/ideas/ana-1/approve",
                    workshop.facilitatorToken(), Map.of()).status()).isEqualTo(200);

            JsonNode approved = bens.take(1, 10_000).get(0);
            assertThat(approved.path("type").asText()).isEqualTo("IdeaApproved");
            assertThat(approved.path("position").asLong()).isEqualTo(held.path("position").asLong() + 1);
            assertThat(approved.path("payload").path("ideaId").asText()).isEqualTo("ana-1");
            assertThat(approved.path("payload").path("text").asText()).isEqualTo("Trop de réunions");
        }
    }

    @Test
    void aRejectionTravelsWithoutItsReason() throws Exception {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        Participant ben = joinNewOrganisation(workshop, "Ben");
        api.send("PUT", "/api/workshops/" + workshop.id() + "/phases/CRITIQUE/settings", workshop.facilitatorToken(),
                Map.of("moderated", true));
        advanceTo(workshop, "CRITIQUE");
        postIdea(workshop, ana, "ana-1", "Trop de réunions");

        try (Screen bens = Screen.connect(port(), ben.token(), null)) {
            bens.follow(workshop.id());
            api.post("/api/workshops/" + workshop.id() + "/ideas/ana-1/reject", workshop.facilitatorToken(),
                    Map.of("reason", "Nomme une personne"));

            List<JsonNode> messages = bens.take(1, 10_000);
            assertThat(messages.get(0).path("type").asText()).isEqualTo("IdeaRejected");
            assertThat(messages.get(0).toString()).doesNotContain("Nomme une personne");
        }
    }
}
