package org.atelier.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

/** A screen that stops reading must not hold the others back; the server lets it go. */
@TestPropertySource(properties = {"atelier.live.send-buffer-bytes=65536", "atelier.live.send-time-limit=2s"})
class SlowScreenTest extends ApiTest {

    private static final int IDEAS = 100;

    /**
     * Small kernel send buffers (no auto-tuning) so that a screen that stops reading fills them in
     * a few messages, as it would after minutes of a real workshop.
     */
    @TestConfiguration
    static class SmallSocketBuffers {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> smallSendBuffers() {
            return factory -> factory.addConnectorCustomizers(connector -> connector.setProperty("socket.txBufSize", "8192"));
        }
    }

    @Autowired
    private SimpUserRegistry screens;

    @Test
    void aStalledScreenDoesNotSlowTheOthersAndIsDisconnected() throws Exception {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
        String longText = "Une idée développée longuement. ".repeat(60);

        try (StalledScreen stalled = StalledScreen.follow(port(), workshop.evaluatorToken(), workshop.id());
             Screen healthy = Screen.connect(port(), workshop.facilitatorToken(), null)) {
            healthy.follow(workshop.id());
            long slowest = 0;
            for (int i = 0; i < IDEAS; i++) {
                long posted = System.nanoTime();
                postIdea(workshop, ana, "long-" + i, longText + i);
                List<JsonNode> received = healthy.take(1, 5_000);
                assertThat(received.get(0).path("payload").path("ideaId").asText()).isEqualTo("long-" + i);
                slowest = Math.max(slowest, System.nanoTime() - posted);
            }

            assertThat(slowest).as("the healthy screen kept up (ns)").isLessThan(5_000_000_000L);
            assertThat(screens.getUser("evaluator@" + workshop.id())).as("the stalled screen was let go").isNull();
            assertThat(stalled.isClosedByServer()).isTrue();
        }
    }
}
