package org.atelier.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** A screen connected to the room during a dated half-day records its participant present, once. */
class AttendanceLiveTest extends ApiTest {

    @Test
    void aScreenConnectedDuringTheHalfDayRecordsItsParticipantPresent() throws Exception {
        Workshop workshop = scheduleWorkshopOnThreeDates();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        Participant bea = joinNewOrganisation(workshop, "Bea");

        try (Screen anas = Screen.connect(port(), ana.token(), null);
             Screen anasOtherTab = Screen.connect(port(), ana.token(), null)) {
            anas.follow(workshop.id());
            anasOtherTab.follow(workshop.id());

            JsonNode present = presentAtFirstHalfDay(workshop, 1);
            assertThat(present.get(0).path("participantId").asText()).isEqualTo(ana.id());
            assertThat(present.get(0).path("source").asText()).isEqualTo("CONNECTED");
            assertThat(present.get(0).path("recordedBy").asText()).isEqualTo("participant:" + ana.id());
        }
        assertThat(api.get("/api/workshops/" + workshop.id() + "/history?type=ParticipantAttended",
                workshop.evaluatorToken()).body().path("events")).hasSize(1);
        assertThat(presentAtFirstHalfDay(workshop, 1).toString()).doesNotContain(bea.id());
    }

    @Test
    void aScreenOfAWorkshopWithoutDatesRecordsNothing() throws Exception {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");

        try (Screen anas = Screen.connect(port(), ana.token(), null)) {
            anas.follow(workshop.id());
            Thread.sleep(1500);
        }

        assertThat(api.get("/api/workshops/" + workshop.id() + "/history?type=ParticipantAttended",
                workshop.evaluatorToken()).body().path("events")).isEmpty();
    }

    private JsonNode presentAtFirstHalfDay(Workshop workshop, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode present;
        do {
            present = api.get("/api/workshops/" + workshop.id() + "/attendance", workshop.facilitatorToken()).body()
                    .path("sessions").get(0).path("present");
            if (present.size() >= expected) {
                return present;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("nobody recorded present: " + present);
    }
}
