package org.atelier.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.atelier.web.ApiTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The event store is the truth: dropping the read models and replaying it gives the same documents. */
class ReadModelRebuildTest extends ApiTest {

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private MongoTemplate mongo;

    @Test
    void rebuildingTheBoardsFromTheEventStoreGivesTheSameBoards() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        Participant ben = joinNewOrganisation(workshop, "Ben");
        advanceTo(workshop, "CRITIQUE");
        postIdea(workshop, ana, "kept", "Chacun dans son coin");
        postIdea(workshop, ben, "edited", "Premier jet");
        api.patch("/api/workshops/" + workshop.id() + "/ideas/edited", ben.token(), Map.of("text", "Version revue"));
        postIdea(workshop, ana, "withdrawn", "Retirée");
        api.delete("/api/workshops/" + workshop.id() + "/ideas/withdrawn", ana.token());
        postIdea(workshop, ben, "hidden", "Hors sujet");
        api.delete("/api/workshops/" + workshop.id() + "/ideas/hidden?reason=hors%20sujet", workshop.facilitatorToken());
        api.post("/api/workshops/" + workshop.id() + "/advance-step", workshop.facilitatorToken(),
                Map.of("expectedStep", "COLLECT"));
        List<Document> live = documents("boards");

        rebuild("board", "boards", live.size());

        assertThat(documents("boards")).isEqualTo(live);
    }

    @Test
    void rebuildingTheRegisterFromTheEventStoreGivesTheSameOrganisations() {
        registerOrganisation(unique("Rebuild"), "Unieux", true);
        List<Document> live = documents("organisations");

        rebuild("organisations", "organisations", live.size());

        assertThat(documents("organisations")).isEqualTo(live);
    }

    private void rebuild(String processingGroup, String collection, int expectedDocuments) {
        TrackingEventProcessor processor = processing
                .eventProcessor(processingGroup, TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        assertThat(mongo.getCollection(collection).countDocuments()).as("reset dropped the read model").isZero();
        processor.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!(isCaughtUp(processor) && mongo.getCollection(collection).countDocuments() >= expectedDocuments)) {
            assertThat(Instant.now()).as("rebuild finished in time: %s, %s documents, running %s, error %s",
                            processor.processingStatus(), mongo.getCollection(collection).countDocuments(),
                            processor.isRunning(), processor.isError())
                    .isBefore(deadline);
            sleep();
        }
    }

    /** Caught up with the head and past the point where the reset started (Axon keeps "replaying" until a newer event). */
    private static boolean isCaughtUp(TrackingEventProcessor processor) {
        return !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream().allMatch(status -> status.isCaughtUp()
                && status.getCurrentPosition().orElse(0) >= status.getResetPosition().orElse(0));
    }

    private List<Document> documents(String collection) {
        return mongo.getCollection(collection).find().into(new ArrayList<>()).stream()
                .sorted(Comparator.comparing(document -> document.get("_id").toString()))
                .toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
