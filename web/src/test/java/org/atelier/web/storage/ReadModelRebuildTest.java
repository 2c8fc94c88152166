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

import org.atelier.query.network.NetworkProjection;
import org.atelier.query.network.NetworkReplay;
import org.atelier.query.rebuild.ReadModelRebuild;
import org.atelier.query.rebuild.RebuildStatus;
import org.atelier.query.rebuild.RebuildStatus.Difference;
import org.atelier.query.rebuild.RebuildStatus.Stage;
import org.atelier.query.rebuild.RebuildStatus.State;
import org.atelier.web.ApiClient;
import org.atelier.web.ApiTest;
import org.atelier.web.dispatch.ReadModelCatchUp;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;

/** The event store is the truth: every read model dropped and rebuilt from it is the live one. */
class ReadModelRebuildTest extends ApiTest {

    @Autowired
    private ReadModelRebuild rebuild;

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private MongoClient mongoClient;

    @Autowired
    private EventStore eventStore;

    @Autowired
    private ConfigurableApplicationContext context;

    /** The boards are written behind their changes: a document is tampered with once written. */
    @Autowired
    private ReadModelCatchUp catchUp;

    @Test
    void rebuildingEveryReadModelGivesTheLiveOnesDocumentForDocument() {
        aWorkshopThroughTheMethod();
        allWritten();
        List<Document> boards = documents("boards");
        List<Document> organisations = documents("organisations");

        RebuildStatus done = rebuildNow();

        assertThat(done.state()).as(done.toString()).isEqualTo(State.DONE);
        assertThat(done.identical()).as(done.differences().toString()).isTrue();
        assertThat(done.notCompared()).isEmpty();
        assertThat(done.documentsCompared()).isGreaterThanOrEqualTo(boards.size() + organisations.size());
        assertThat(done.readModels()).contains("board", "organisations");
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
        catchUp.await("board");
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

        List<Stage> stages = new ArrayList<>(List.of(rebuild.start().stage()));
        RebuildStatus done = awaitEnd(stages);
        keepPosting.set(false);
        room.get(60, TimeUnit.SECONDS);
        awaitIdeas(workshop, ana, posted.size());

        assertThat(done.state()).as(done.toString()).isEqualTo(State.DONE);
        assertThat(done.stage()).as("no stage once done").isNull();
        assertThat(stages).as("the stages the screen showed, in their order").first().isEqualTo(Stage.REPLAYING);
        assertThat(stages).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(acknowledgedDuringRebuild.get()).as("ideas posted while the rebuild ran").isPositive();
        assertThat(api.get("/api/workshops/" + workshop.id() + "/board", ana.token()).body().path("ideas"))
                .extracting(idea -> idea.path("ideaId").asText())
                .containsExactlyElementsOf(posted);
        RebuildStatus freshReplay = rebuildNow();
        assertThat(freshReplay.identical()).as(freshReplay.differences().toString()).isTrue();
    }

    @Test
    void rebuildingBoardsAndPartnershipsWithProposalsGivesTheSameDocuments() {
        String velo = registerOrganisation(unique("Vélo"), "Saint-Étienne", true);
        String cafe = registerOrganisation(unique("Café"), "Firminy", true);
        workshopWithAPartnership(velo, cafe);
        Workshop second = workshopWithAPartnership(velo, cafe);
        Participant carla = joinNewOrganisation(second, "Carla");
        String proposalId = api.get("/api/workshops/" + second.id() + "/board", ORGANISER).body()
                .path("proposals").get(0).path("proposalId").asText();
        api.post("/api/proposals/" + proposalId + "/commitments", carla.token(), Map.of());
        api.send("PUT", "/api/workshops/" + second.id() + "/proposals/order", second.facilitatorToken(),
                Map.of("proposalIds", List.of(proposalId)));
        api.delete("/api/proposals/" + proposalId + "/commitments", carla.token());
        assertThat(api.get("/api/partnerships?workshopId=" + second.id(), ORGANISER).body().get(0)
                .path("strengthened").asBoolean()).isTrue();
        allWritten();
        List<Document> boards = documents("boards");
        List<String> partnershipCollections = List.of("partnerships", "partnership_links", "partnership_commitments",
                "partnership_workshops");
        List<List<Document>> partnerships = partnershipCollections.stream().map(this::documents).toList();

        RebuildStatus done = rebuildNow();

        assertThat(done.identical()).as(done.differences().toString()).isTrue();
        assertThat(documents("boards")).isEqualTo(boards);
        assertThat(partnershipCollections.stream().map(this::documents).toList()).isEqualTo(partnerships);
    }

    /** The two organisations in REALIZATION, a proposal from a critique, both committed, an action agreed, a dot. */
    private Workshop workshopWithAPartnership(String oneOrganisation, String otherOrganisation) {
        Workshop workshop = scheduleWorkshop();
        Participant ana = join(workshop, oneOrganisation, "Ana");
        Participant ben = join(workshop, otherOrganisation, "Ben");
        advanceTo(workshop, "CRITIQUE");
        String critique = "critique-" + workshop.id();
        postIdea(workshop, ana, critique, "Chacun dans son coin");
        advanceTo(workshop, "REALIZATION");
        String proposalId = api.post("/api/workshops/" + workshop.id() + "/proposals", ana.token(),
                Map.of("title", "Cuisine partagée", "derivedFrom", List.of(critique),
                        "conditions", Map.of("resources", "Une cuisine"))).text("proposalId");
        api.patch("/api/proposals/" + proposalId, ana.token(), Map.of("description", "Le dimanche"));
        api.post("/api/proposals/" + proposalId + "/commitments", ana.token(), Map.of());
        api.post("/api/proposals/" + proposalId + "/commitments", ben.token(), Map.of());
        String actionId = api.post("/api/proposals/" + proposalId + "/actions", ben.token(),
                Map.of("what", "Visiter", "due", "2026-06-30")).text("actionId");
        api.patch("/api/proposals/" + proposalId + "/actions/" + actionId, ana.token(), Map.of("status", "UNDER_WAY"));
        for (String step : List.of("COLLECT", "CLUSTER")) {
            api.post("/api/workshops/" + workshop.id() + "/advance-step", workshop.facilitatorToken(),
                    Map.of("expectedStep", step));
        }
        api.post("/api/workshops/" + workshop.id() + "/votes", ben.token(), Map.of("proposalId", proposalId));
        return workshop;
    }

    @Test
    void rebuildingTheNetworkFromTheEventStoreGivesTheSameLinkFacts() throws InterruptedException {
        String velo = registerOrganisation(unique("Vélo"), "Saint-Étienne", true);
        String cafe = registerOrganisation(unique("Café"), "Firminy", true);
        workshopWithAPartnership(velo, cafe);
        Workshop workshop = scheduleWorkshop();
        Participant ana = join(workshop, velo, "Ana");
        Participant ben = join(workshop, cafe, "Ben");
        Participant carla = joinNewOrganisation(workshop, "Carla");
        advanceTo(workshop, "CRITIQUE");
        postIdea(workshop, ana, "coin", "Chacun dans son coin");
        api.post("/api/workshops/" + workshop.id() + "/ideas", ben.token(),
                Map.of("ideaId", "lieu", "text", "Un lieu", "inspiredBy", List.of("coin")));
        String first = api.post("/api/workshops/" + workshop.id() + "/clusters", workshop.facilitatorToken(),
                Map.of("title", "Isolement", "ideaIds", List.of("coin"))).text("clusterId");
        String second = api.post("/api/workshops/" + workshop.id() + "/clusters", workshop.facilitatorToken(),
                Map.of("title", "Lieux", "ideaIds", List.of("lieu"))).text("clusterId");
        api.post("/api/workshops/" + workshop.id() + "/clusters/" + second + "/merge", workshop.facilitatorToken(),
                Map.of("into", first));
        advanceTo(workshop, "REALIZATION");
        String proposalId = api.post("/api/workshops/" + workshop.id() + "/proposals", carla.token(),
                Map.of("title", "Tiers-lieu", "derivedFromClusters", List.of(first))).text("proposalId");
        api.post("/api/proposals/" + proposalId + "/commitments", carla.token(), Map.of());
        api.post("/api/proposals/" + proposalId + "/commitments", ana.token(), Map.of());
        List<String> collections = List.of("network_workshop_links", "network_workshops", "network_participations",
                "network_ideas", "network_clusters", "network_proposals", "network_organisations");
        assertThat(api.get("/api/network?workshopId=" + workshop.id(), ORGANISER).body().path("edges").size())
                .isEqualTo(3);
        List<List<Document>> live = collections.stream().map(this::documents).toList();

        RebuildStatus done = rebuildNow();

        assertThat(done.identical()).as(done.differences().toString()).isTrue();
        assertThat(collections.stream().map(this::documents).toList()).isEqualTo(live);
        MongoTemplate replayed = new MongoTemplate(mongoClient, "network-replay");
        replayed.getDb().drop();
        NetworkReplay replay = new NetworkProjection(replayed).replayInto(replayed);
        try (BlockingStream<TrackedEventMessage<?>> history = eventStore.openStream(null)) {
            while (history.hasNextAvailable()) {
                replay.apply(history.nextAvailable());
            }
        }
        replay.finish();
        assertThat(collections.stream().map(collection -> documents(replayed, collection)).toList()).isEqualTo(live);
    }

    @Test
    void aStoreKeepingTheNetworksLinksOneByOneIsRebuiltOnceTheApplicationIsReady() {
        String velo = registerOrganisation(unique("Vélo"), "Saint-Étienne", true);
        String cafe = registerOrganisation(unique("Café"), "Firminy", true);
        Workshop workshop = scheduleWorkshop();
        join(workshop, velo, "Ana");
        join(workshop, cafe, "Ben");
        allWritten();
        awaitIdle();
        // As a store written before the links were kept by workshop has them: one document each.
        mongo.getCollection("network_workshop_links").deleteOne(new Document("_id", workshop.id()));
        mongo.getCollection("network_links").insertOne(new Document("_id", "MET|" + velo + "|" + cafe + "|"
                + workshop.id() + "|").append("kind", "MET").append("workshopId", workshop.id()));
        String network = "/api/network?workshopId=" + workshop.id();
        assertThat(api.get(network, ORGANISER).body().path("edges").size()).isZero();

        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
        RebuildStatus done = awaitEnd();

        assertThat(done.state()).as(done.toString()).isEqualTo(State.DONE);
        assertThat(api.get(network, ORGANISER).body().path("edges").size()).isEqualTo(1);
        assertThat(mongo.collectionExists("network_links")).as("the rebuilt store keeps links by workshop").isFalse();
        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
        assertThat(rebuild.status().state()).as("rebuilt once").isEqualTo(State.DONE);
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

    /** The read models are written behind their changes: documents are read once written. */
    private void allWritten() {
        List.of("board", "organisations", "partnerships", "network").forEach(catchUp::await);
    }

    private void awaitIdle() {
        awaitEnd();
    }

    private RebuildStatus awaitEnd() {
        return awaitEnd(new ArrayList<>());
    }

    /** Waits for the rebuild to end, noting each stage it is seen at, in the order seen. */
    private RebuildStatus awaitEnd(List<Stage> stages) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        RebuildStatus now;
        while ((now = rebuild.status()).state() == State.RUNNING) {
            if (now.stage() != null && (stages.isEmpty() || stages.get(stages.size() - 1) != now.stage())) {
                stages.add(now.stage());
            }
            assertThat(Instant.now()).as("the rebuild ended in time: %s", now).isBefore(deadline);
            sleep();
        }
        return now;
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
        return documents(mongo, collection);
    }

    private List<Document> documents(MongoTemplate database, String collection) {
        return database.getCollection(collection).find().into(new ArrayList<>()).stream()
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
