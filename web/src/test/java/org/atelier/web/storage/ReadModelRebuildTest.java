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
        List<Document> boards = documents("boards");
        List<String> partnershipCollections = List.of("partnerships", "partnership_links", "partnership_commitments",
                "partnership_workshops");
        List<List<Document>> partnerships = partnershipCollections.stream().map(this::documents).toList();

        rebuild("board", "boards", boards.size());
        rebuild("partnerships", "partnerships", partnerships.get(0).size());

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
    void rebuildingTheNetworkFromTheEventStoreGivesTheSameLinkFacts() {
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
        List<String> collections = List.of("network_links", "network_workshops", "network_participations",
                "network_ideas", "network_clusters", "network_proposals", "network_organisations");
        assertThat(api.get("/api/network?workshopId=" + workshop.id(), ORGANISER).body().path("edges").size())
                .isEqualTo(3);
        List<List<Document>> live = collections.stream().map(this::documents).toList();

        rebuild("network", "network_links", live.get(0).size());

        assertThat(collections.stream().map(this::documents).toList()).isEqualTo(live);
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
