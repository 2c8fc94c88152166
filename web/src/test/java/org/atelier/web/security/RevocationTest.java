package org.atelier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** A participant put out of the room: their token is refused at once, the room's list drops them, their ideas stay. */
class RevocationTest extends ApiTest {

    @Test
    void theFacilitatorRemovesAParticipantWhoseTokenIsThenRefusedEverywhere() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
        assertThat(postIdea(workshop, ana, "idea-" + UUID.randomUUID(), "Too few buses").status()).isEqualTo(201);

        Response removed = api.delete("/api/workshops/" + workshop.id() + "/participants/" + ana.id()
                + "?reason=Left%20the%20programme", workshop.facilitatorToken());

        assertThat(removed.status()).isEqualTo(204);
        Response board = api.get("/api/workshops/" + workshop.id() + "/board", ana.token());
        assertThat(board.status()).isEqualTo(401);
        assertThat(board.contentType()).startsWith("application/problem+json");
        assertThat(board.text("detail")).contains("removed");
        assertThat(postIdea(workshop, ana, "idea-" + UUID.randomUUID(), "Still here?").status()).isEqualTo(401);
        assertThat(api.get("/api/organisations", ana.token()).status()).isEqualTo(401);
    }

    @Test
    void theRoomsListDropsTheRemovedParticipantAndTheirIdeasStay() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        Participant bea = joinNewOrganisation(workshop, "Bea");
        advanceTo(workshop, "CRITIQUE");
        String ideaId = "idea-" + UUID.randomUUID();
        postIdea(workshop, ana, ideaId, "Too few buses");

        api.delete("/api/workshops/" + workshop.id() + "/participants/" + ana.id(), ORGANISER);

        JsonNode room = api.get("/api/workshops/" + workshop.id(), bea.token()).body();
        assertThat(room.path("participants").findValuesAsText("participantId")).containsExactly(bea.id());
        JsonNode board = api.get("/api/workshops/" + workshop.id() + "/board", bea.token()).body();
        assertThat(board.path("ideas").findValuesAsText("ideaId")).containsExactly(ideaId);
    }

    @Test
    void theHistorySaysWhoRemovedWhomWhenAndWhy() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");

        api.delete("/api/workshops/" + workshop.id() + "/participants/" + ana.id() + "?reason=Asked%20to",
                workshop.facilitatorToken());

        JsonNode events = api.get("/api/workshops/" + workshop.id() + "/history?type=ParticipantRemoved",
                workshop.evaluatorToken()).body().path("events");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("actor").asText()).isEqualTo("facilitator");
        assertThat(events.get(0).path("payload").path("participantId").asText()).isEqualTo(ana.id());
        assertThat(events.get(0).path("payload").path("removedBy").asText()).isEqualTo("facilitator");
        assertThat(events.get(0).path("payload").path("reason").asText()).isEqualTo("Asked to");
        assertThat(events.get(0).path("at").asText()).isNotEmpty();
    }

    @Test
    void removingAgainAnswersTheSameAndRecordsNothing() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        String path = "/api/workshops/" + workshop.id() + "/participants/" + ana.id();
        api.delete(path, workshop.facilitatorToken());
        long version = api.get("/api/workshops/" + workshop.id(), ORGANISER).body().path("version").asLong();

        assertThat(api.delete(path, workshop.facilitatorToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/workshops/" + workshop.id(), ORGANISER).body().path("version").asLong()).isEqualTo(version);
    }

    @Test
    void removingSomeoneWhoNeverJoinedIsNotFound() {
        Workshop workshop = scheduleWorkshop();

        Response unknown = api.delete("/api/workshops/" + workshop.id() + "/participants/nobody", ORGANISER);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void participantsCannotRemoveEachOther() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        Participant bea = joinNewOrganisation(workshop, "Bea");

        assertThat(api.delete("/api/workshops/" + workshop.id() + "/participants/" + ana.id(), bea.token()).status())
                .isEqualTo(403);
        assertThat(api.get("/api/workshops/" + workshop.id(), ana.token()).status()).isEqualTo(200);
    }

    @Test
    void anotherWorkshopsFacilitatorCannotRemoveAParticipant() {
        Workshop workshop = scheduleWorkshop();
        Workshop other = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");

        assertThat(api.delete("/api/workshops/" + workshop.id() + "/participants/" + ana.id(),
                other.facilitatorToken()).status()).isEqualTo(403);
    }

    @Test
    void aRemovedParticipantMayJoinAgainAsSomeoneNew() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        api.delete("/api/workshops/" + workshop.id() + "/participants/" + ana.id(), ORGANISER);

        Response joined = api.post("/api/join", null, Map.of("joinCode", workshop.joinCode(), "displayName", "Ana",
                "organisationId", ana.organisationId()));

        assertThat(joined.status()).isEqualTo(201);
        assertThat(joined.text("participantId")).isNotEqualTo(ana.id());
    }
}
