package org.atelier.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The room's projector follows the workshop live as the room does. */
class DisplayLiveTest extends ApiTest {

    @Test
    void theDisplayFollowsTheRoomLive() throws Exception {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
        String display = api.post("/api/workshops/" + workshop.id() + "/displays", workshop.facilitatorToken(),
                Map.of()).text("token");

        try (Screen projector = Screen.connect(port(), display, null)) {
            projector.follow(workshop.id());
            assertThat(postIdea(workshop, ana, "on-the-wall", "Trop de réunions").status()).isEqualTo(201);

            JsonNode posted = projector.take(1, 10_000).get(0);
            assertThat(posted.path("type").asText()).isEqualTo("IdeaPosted");
            assertThat(posted.path("payload").path("text").asText()).isEqualTo("Trop de réunions");
        }
    }

    @Test
    void theDisplayCannotFollowAnotherWorkshop() throws Exception {
        Workshop workshop = scheduleWorkshop();
        Workshop other = scheduleWorkshop();
        String display = api.post("/api/workshops/" + workshop.id() + "/displays", ORGANISER, Map.of()).text("token");

        try (Screen projector = Screen.connect(port(), display, null)) {
            projector.subscribeOnly("/topic/workshops/" + other.id());

            assertThat(projector.errors.poll(10, TimeUnit.SECONDS)).isNotNull();
        }
    }
}
