package org.atelier.web.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.atelier.query.processing.ProcessorStop;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.organisation.RegisterOrganisation;
import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RebuildApiTest extends ApiTest {

    private static final String REBUILD = "/api/admin/rebuild";

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private CommandGateway commands;

    @Test
    void theOrganiserStartsARebuildAndFollowsItToItsResult() {
        awaitNotRunning();
        registerOrganisation(unique("Rebuilt"), "Firminy", true);

        Response started = api.post(REBUILD, ORGANISER, Map.of());

        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        assertThat(started.text("state")).isIn("RUNNING", "DONE");
        Response done = awaitNotRunning();
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.text("state")).as(done.body().toString()).isEqualTo("DONE");
        assertThat(done.body().path("identical").asBoolean()).isTrue();
        assertThat(done.body().path("eventsDone").asLong()).isPositive()
                .isEqualTo(done.body().path("eventsTotal").asLong());
        assertThat(done.body().path("eventsPerSecond").asDouble()).isPositive();
        assertThat(done.body().path("secondsLeft").asLong()).isZero();
        assertThat(Instant.parse(done.text("finishedAt"))).isAfterOrEqualTo(Instant.parse(done.text("startedAt")));
    }

    /** The register answers from the rebuilt read models once switched: what is registered next is in it at once. */
    @Test
    void anOrganisationRegisteredJustAfterARebuildIsInTheRegisterAtOnce() {
        awaitNotRunning();
        assertThat(api.post(REBUILD, ORGANISER, Map.of()).status()).isEqualTo(202);
        assertThat(awaitNotRunning().text("state")).isEqualTo("DONE");

        for (int round = 0; round < 3; round++) {
            String name = unique("Registered after the rebuild");
            registerOrganisation(name, "Firminy", true);

            assertThat(api.get("/api/organisations", ORGANISER).body().findValuesAsText("name")).contains(name);
        }
    }

    @Test
    void aSecondRebuildIsRefusedWhileOneRuns() {
        awaitNotRunning();
        StreamingEventProcessor register = processing.eventProcessor("organisations", StreamingEventProcessor.class)
                .orElseThrow();
        // Held behind an event it has not applied yet, the live register keeps the rebuild waiting for it.
        register.shutDown();
        try {
            OrganisationId id = new OrganisationId(UUID.randomUUID().toString());
            commands.sendAndWait(new RegisterOrganisation(id, unique("Pending"), "Unieux", true, Instant.now()));
            assertThat(api.post(REBUILD, ORGANISER, Map.of()).status()).isEqualTo(202);

            Response second = api.post(REBUILD, ORGANISER, Map.of());

            assertThat(second.status()).isEqualTo(409);
            assertThat(second.contentType()).startsWith("application/problem+json");
            assertThat(second.text("code")).isEqualTo("RebuildRunning");
        } finally {
            register.start();
        }
        Response done = awaitNotRunning();
        assertThat(done.text("state")).isEqualTo("DONE");
        assertThat(done.body().path("identical").asBoolean()).as(done.body().toString()).isTrue();
    }

    /**
     * A rebuild holds the live processors and starts them again as it ends. Held just after a
     * start, while still claiming its segment, Axon's processor came back from its next start idle
     * for good, with nothing logged (the register stopped taking new organisations): the rebuild
     * holds a processor only once it works its segment ({@link ProcessorStop}).
     */
    @Test
    void aProcessorHeldJustAfterItStartedWorksAgainOnceStarted() {
        awaitNotRunning();
        StreamingEventProcessor register = processing.eventProcessor("organisations", StreamingEventProcessor.class)
                .orElseThrow();
        for (int round = 0; round < 5; round++) {
            ProcessorStop.shutDown(register, Duration.ofMinutes(1));
            register.start();
        }
        String name = unique("After restarts");

        registerOrganisation(name, "Firminy", true);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!api.get("/api/organisations", ORGANISER).body().findValuesAsText("name").contains(name)) {
            assertThat(Instant.now()).as("the register names the new organisation").isBefore(deadline);
            pause();
        }
        assertThat(register.processingStatus()).isNotEmpty();
    }

    @Test
    void onlyTheOrganiserMayRebuildOrFollowARebuild() {
        Workshop workshop = scheduleWorkshop();
        Participant participant = joinNewOrganisation(workshop, "Ana");
        for (String token : new String[] {workshop.facilitatorToken(), workshop.evaluatorToken(), participant.token()}) {
            assertThat(api.post(REBUILD, token, Map.of()).status()).isEqualTo(403);
            assertThat(api.get(REBUILD, token).status()).isEqualTo(403);
        }
        assertThat(api.post(REBUILD, null, Map.of()).status()).isEqualTo(401);
        assertThat(api.get(REBUILD, null).status()).isEqualTo(401);
    }

    private Response awaitNotRunning() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            Response status = api.get(REBUILD, ORGANISER);
            if (!"RUNNING".equals(status.text("state"))) {
                return status;
            }
            assertThat(Instant.now()).as("the rebuild ended in time: %s", status.body()).isBefore(deadline);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
