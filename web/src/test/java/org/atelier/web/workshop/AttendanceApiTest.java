package org.atelier.web.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Who was present at each dated half-day, marked by a facilitator; read by those who run and evaluate it. */
class AttendanceApiTest extends ApiTest {

    @Test
    void theAttendanceListsTheThreeHalfDaysInTheirOrder() {
        Workshop workshop = scheduleWorkshopOnThreeDates();

        Response attendance = api.get(attendance(workshop), workshop.evaluatorToken());

        assertThat(attendance.status()).isEqualTo(200);
        JsonNode sessions = attendance.body().path("sessions");
        assertThat(sessions).hasSize(3);
        assertThat(sessions.get(0).path("session").asInt()).isEqualTo(1);
        assertThat(sessions.get(1).path("phase").asText()).isEqualTo("UTOPIA");
        assertThat(sessions.get(2).path("present")).isEmpty();
    }

    @Test
    void aFacilitatorMarksSomeonePresentOnceAndEvaluatorsSeeIt() {
        Workshop workshop = scheduleWorkshopOnThreeDates();
        Participant ana = joinNewOrganisation(workshop, "Ana");

        Response marked = api.send("PUT", mark(workshop, 2, ana.id()), workshop.facilitatorToken(), null);
        Response again = api.send("PUT", mark(workshop, 2, ana.id()), ORGANISER, null);

        assertThat(marked.status()).as(marked.body().toString()).isEqualTo(200);
        assertThat(marked.body().path("session").asInt()).isEqualTo(2);
        assertThat(again.status()).isEqualTo(200);
        JsonNode present = api.get(attendance(workshop), workshop.evaluatorToken()).body().path("sessions").get(1)
                .path("present");
        assertThat(present).hasSize(1);
        assertThat(present.get(0).path("participantId").asText()).isEqualTo(ana.id());
        assertThat(present.get(0).path("displayName").asText()).isEqualTo("Ana");
        assertThat(present.get(0).path("source").asText()).isEqualTo("MARKED");
        assertThat(present.get(0).path("recordedBy").asText()).isEqualTo("facilitator");
        JsonNode history = api.get("/api/workshops/" + workshop.id() + "/history?type=ParticipantAttended",
                workshop.evaluatorToken()).body().path("events");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("payload").path("phase").asText()).isEqualTo("UTOPIA");
    }

    @Test
    void aHalfDayTheWorkshopDoesNotHaveIsNotFound() {
        Workshop workshop = scheduleWorkshopOnThreeDates();
        Participant ana = joinNewOrganisation(workshop, "Ana");

        Response refused = api.send("PUT", mark(workshop, 4, ana.id()), workshop.facilitatorToken(), null);

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.text("code")).isEqualTo("UnknownSession");
        assertThat(api.send("PUT", mark(scheduleWorkshop(), 1, ana.id()), ORGANISER, null).status()).isEqualTo(404);
    }

    @Test
    void someoneNotInTheRoomCannotBeMarked() {
        Workshop workshop = scheduleWorkshopOnThreeDates();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        api.delete("/api/workshops/" + workshop.id() + "/participants/" + ana.id(), workshop.facilitatorToken());

        Response removed = api.send("PUT", mark(workshop, 1, ana.id()), workshop.facilitatorToken(), null);
        Response stranger = api.send("PUT", mark(workshop, 1, "nobody"), workshop.facilitatorToken(), null);

        assertThat(removed.status()).isEqualTo(404);
        assertThat(removed.text("code")).isEqualTo("UnknownParticipant");
        assertThat(stranger.status()).isEqualTo(404);
    }

    @Test
    void participantsDoNotReadTheAttendanceAndAnUnknownWorkshopIsNotFound() {
        Workshop workshop = scheduleWorkshopOnThreeDates();
        Participant ana = joinNewOrganisation(workshop, "Ana");

        assertThat(api.get(attendance(workshop), ana.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/workshops/no-such-workshop/attendance", ORGANISER).status()).isEqualTo(404);
    }

    private static String attendance(Workshop workshop) {
        return "/api/workshops/" + workshop.id() + "/attendance";
    }

    private static String mark(Workshop workshop, int session, String participantId) {
        return "/api/workshops/" + workshop.id() + "/sessions/" + session + "/attendance/" + participantId;
    }
}
