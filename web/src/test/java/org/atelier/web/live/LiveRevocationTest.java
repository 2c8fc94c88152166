package org.atelier.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * A participant put out of the room, or a co-facilitator withdrawn from it, loses their screens
 * within a second, and cannot open new ones.
 */
class LiveRevocationTest extends ApiTest {

    @Test
    void theScreensOfARemovedParticipantAreClosedWithinASecond() throws Exception {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        Participant bea = joinNewOrganisation(workshop, "Bea");
        try (Screen anas = Screen.connect(port(), ana.token(), null);
             Screen anasOtherTab = Screen.connect(port(), ana.token(), null);
             Screen beas = Screen.connect(port(), bea.token(), null)) {
            anas.follow(workshop.id());
            beas.follow(workshop.id());

            assertThat(api.delete("/api/workshops/" + workshop.id() + "/participants/" + ana.id(),
                    workshop.facilitatorToken()).status()).isEqualTo(204);

            long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while ((anas.isConnected() || anasOtherTab.isConnected()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(anas.isConnected()).isFalse();
            assertThat(anasOtherTab.isConnected()).isFalse();
            assertThat(beas.isConnected()).isTrue();
            advanceTo(workshop, "CRITIQUE");
            assertThat(beas.messages.poll(10, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void aRemovedParticipantCannotConnectAgain() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        api.delete("/api/workshops/" + workshop.id() + "/participants/" + ana.id(), ORGANISER);

        assertThatThrownBy(() -> Screen.connect(port(), ana.token(), null).close()).isInstanceOf(Exception.class);
    }

    @Test
    void theScreensOfARemovedCoFacilitatorAreClosedWithinASecond() throws Exception {
        Workshop workshop = scheduleWorkshop();
        String path = "/api/workshops/" + workshop.id() + "/facilitators";
        var claire = api.post(path, workshop.facilitatorToken(), Map.of("name", "Claire"));
        var paul = api.post(path, workshop.facilitatorToken(), Map.of("name", "Paul"));
        try (Screen claires = Screen.connect(port(), claire.text("token"), null);
             Screen pauls = Screen.connect(port(), paul.text("token"), null)) {
            claires.follow(workshop.id());
            pauls.follow(workshop.id());

            assertThat(api.delete(path + "/" + claire.text("facilitatorId"), paul.text("token")).status())
                    .isEqualTo(204);

            long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (claires.isConnected() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(claires.isConnected()).isFalse();
            assertThat(pauls.isConnected()).isTrue();
        }
        assertThatThrownBy(() -> Screen.connect(port(), claire.text("token"), null).close()).isInstanceOf(Exception.class);
    }
}
