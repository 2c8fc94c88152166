package org.atelier.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.atelier.query.rebuild.ReadModelRebuild;
import org.atelier.query.rebuild.RebuildStatus;
import org.atelier.query.rebuild.RebuildStatus.Difference;
import org.atelier.query.rebuild.RebuildStatus.State;
import org.atelier.web.ApiClient;
import org.atelier.web.ApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The event store is the truth: every read model dropped and rebuilt from it is the live one. */
class ReadModelRebuildTest extends ApiTest {

    @Autowired
    private ReadModelRebuild rebuild;

    @Autowired
    private MongoTemplate mongo;

    @Test
    void rebuildingEveryReadModelGivesTheLiveOnesDocumentForDocument() {
        aWorkshopThroughTheMethod();
        List<Document> boards = documents("boards");
        List<Document> organisations = documents("organisations");

        RebuildStatus done = rebuildNow();

        assertThat(done.state()).as(done.toString()).isEqualTo(State.DONE);
        assertThat(done.identical()).as(done.differences().toString()).isTrue();
        assertThat(done.notCompared()).isEmpty();
        assertThat(done.documentsCompared()).isEqualTo(boards.size() + organisations.size());
        assertThat(done.readModels()).containsExactly("board", "organisations");
        assertThat(done.eventsDone()).isEqualTo(done.eventsTotal()).isPositive();
        assertThat(documents("boards")).isEqualTo(boards);
        assertThat(documents("organisations")).isEqualTo(organisations);
    }

    @Test
    void theComparisonFindsATamperedDocumentAndTheRebuildRepairsIt() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
        postIdea(workshop, ana, UUID.randomUUID().toString(), "Chacun dans son coin");
        mongo.getCollection("boards").updateOne(new Document("_id", workshop.id()),
                new Document("$set", new Document("ideas.0.text", "falsifié")));

        RebuildStatus done = rebuildNow();

        assertThat(done.identical()).isFalse();
        assertThat(done.differences()).contains(
                new Difference("boards", workshop.id(), "ideas[0].text", "falsifié", "Chacun dans son coin"));
        assertThat(api.get("/api/workshops/" + workshop.id() + "/board", ana.token()).body()
                .path("ideas").path(0).path("text").asText()).isEqualTo("Chacun dans son coin");
        assertThat(rebuildNow().identical()).as("repaired").isTrue();
    }

    @Test
    void commandsDuringARebuildAreAllShownAfterItAndTheReadModelsAreAFreshReplay() throws Exception {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
        AtomicBoolean keepPosting = new AtomicBoolean(true);
        AtomicInteger acknowledgedDuringRebuild = new AtomicInteger();
        List<String> posted = Collections.synchronizedList(new ArrayList<>());
        awaitIdle();
        CompletableFuture<Void> room = CompletableFuture.runAsync(() -> {
            ApiClient client = new ApiClient(port());
            while (keepPosting.get()) {
                String ideaId = UUID.randomUUID().toString();
                boolean during = rebuild.status().state() == State.RUNNING;
                ApiClient.Response answer = client.post("/api/workshops/" + workshop.id() + "/ideas", ana.token(),
                        Map.of("ideaId", ideaId, "text", "Idée " + posted.size()));
                assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
                posted.add(ideaId);
                if (during || rebuild.status().state() == State.RUNNING) {
                    acknowledgedDuringRebuild.incrementAndGet();
                }
            }
        });
        awaitIdeas(workshop, ana, 3);

        rebuild.start();
        RebuildStatus done = awaitEnd();
        keepPosting.set(false);
        room.get(60, TimeUnit.SECONDS);
        awaitIdeas(workshop, ana, posted.size());

        assertThat(done.state()).as(done.toString()).isEqualTo(State.DONE);
        assertThat(acknowledgedDuringRebuild.get()).as("ideas posted while the rebuild ran").isPositive();
        assertThat(api.get("/api/workshops/" + workshop.id() + "/board", ana.token()).body().path("ideas"))
                .extracting(idea -> idea.path("ideaId").asText())
                .containsExactlyElementsOf(posted);
        RebuildStatus freshReplay = rebuildNow();
        assertThat(freshReplay.identical()).as(freshReplay.differences().toString()).isTrue();
    }

    /** Ideas, an edit, a withdrawal, a hidden idea, clusters, votes, a timer, steps: every kind of board change. */
    private void aWorkshopThroughTheMethod() {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        Participant ben = joinNewOrganisation(workshop, "Ben");
        String path = "/api/workshops/" + workshop.id();
        advanceTo(workshop, "CRITIQUE");
        postIdea(workshop, ana, "kept", "Chacun dans son coin");
        postIdea(workshop, ben, "edited", "Premier jet");
        api.patch(path + "/ideas/edited", ben.token(), Map.of("text", "Version revue"));
        postIdea(workshop, ana, "withdrawn", "Retirée");
        api.delete(path + "/ideas/withdrawn", ana.token());
        postIdea(workshop, ben, "hidden", "Hors sujet");
        api.delete(path + "/ideas/hidden?reason=hors%20sujet", workshop.facilitatorToken());
        api.post(path + "/timer/start", workshop.facilitatorToken(), Map.of("seconds", 300));
        api.post(path + "/ready", ana.token(), Map.of());
        api.post(path + "/advance-step", workshop.facilitatorToken(), Map.of("expectedStep", "COLLECT"));
        String cluster = api.post(path + "/clusters", workshop.facilitatorToken(),
                Map.of("title", "Isolement", "ideaIds", List.of("kept", "edited"))).text("clusterId");
        api.send("PUT", path + "/ideas/edited/cluster", workshop.facilitatorToken(), "{\"clusterId\":null}");
        api.post(path + "/advance-step", workshop.facilitatorToken(), Map.of("expectedStep", "CLUSTER"));
        api.post(path + "/votes", ana.token(), Map.of("ideaId", "kept"));
        api.post(path + "/votes", ben.token(), Map.of("clusterId", cluster));
        api.delete(path + "/votes/kept", ana.token());
        api.post(path + "/votes", ana.token(), Map.of("ideaId", "edited"));
        api.post(path + "/advance-step", workshop.facilitatorToken(), Map.of("expectedStep", "VOTE"));
        advanceTo(workshop, "UTOPIA");
        registerOrganisation(unique("Rebuild"), "Unieux", true);
    }

    private RebuildStatus rebuildNow() {
        awaitIdle();
        return rebuild.run();
    }

    /** Another test's rebuild may still be going on in this shared application. */
    private void awaitIdle() {
        awaitEnd();
    }

    private RebuildStatus awaitEnd() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (rebuild.status().state() == State.RUNNING) {
            assertThat(Instant.now()).as("the rebuild ended in time: %s", rebuild.status()).isBefore(deadline);
            sleep();
        }
        return rebuild.status();
    }

    private void awaitIdeas(Workshop workshop, Participant reader, int atLeast) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (api.get("/api/workshops/" + workshop.id() + "/board", reader.token()).body().path("ideas").size()
                < atLeast) {
            assertThat(Instant.now()).as("%s ideas on the board in time", atLeast).isBefore(deadline);
            sleep();
        }
    }

    private List<Document> documents(String collection) {
        return mongo.getCollection(collection).find().into(new ArrayList<>()).stream()
                .sorted(Comparator.comparing(document -> document.get("_id").toString()))
                .toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
