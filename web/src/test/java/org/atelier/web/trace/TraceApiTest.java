package org.atelier.web.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The provenance of a partnership from a real run: a critique, a dream inspired by it, clusters,
 * a proposal derived from them, two commitments; read back from the event store.
 */
class TraceApiTest extends ApiTest {

    private Workshop workshop;
    private Participant ana;
    private Participant ben;
    private Participant carla;
    private String proposalId;
    private String isolement;

    @Test
    void theTraceGoesFromTheFirstCritiqueToThePartnershipOldestFirst() {
        String partnershipId = aPartnershipFromCritiquesAndDreams(false);

        Response trace = api.get("/api/partnerships/" + partnershipId + "/trace", workshop.evaluatorToken());

        assertThat(trace.status()).as(trace.body().toString()).isEqualTo(200);
        assertThat(trace.body().path("partnership").path("partnershipId").asText()).isEqualTo(partnershipId);
        List<JsonNode> steps = list(trace.body().path("steps"));
        assertThat(steps).extracting(step -> step.path("position").asLong()).isSorted();
        assertThat(steps.get(0).path("type").asText()).isEqualTo("IdeaPosted");
        assertThat(steps.get(0).path("summary").asText()).isEqualTo("Chacun travaille dans son coin");
        assertThat(steps.get(0).path("phase").asText()).isEqualTo("CRITIQUE");
        assertThat(steps.get(0).path("organisationId").asText()).isEqualTo(ana.organisationId());
        assertThat(steps.get(0).path("actor").asText()).isEqualTo("participant:" + ana.id());
        assertThat(steps.get(0).path("actorName").asText()).isEqualTo("Ana");
        assertThat(steps).extracting(step -> step.path("type").asText()).containsSubsequence(
                "IdeaPosted", "ClusterCreated", "IdeaClustered", "IdeaPosted", "ClusterCreated", "IdeaClustered",
                "ProjectProposed", "OrganisationCommitted", "OrganisationCommitted", "PartnershipFormed");
        assertThat(steps).extracting(step -> step.path("summary").asText())
                .contains("Chacun travaille dans son coin", "Pas de lieu pour se croiser", "Un tiers-lieu ouvert",
                        "Tiers-lieu partagé")
                .doesNotContain("Sans rapport");
        JsonNode dream = steps.stream().filter(step -> step.path("refs").get(0).asText().equals("idea:dream"))
                .findFirst().orElseThrow();
        assertThat(dream.path("phase").asText()).isEqualTo("UTOPIA");
        assertThat(list(dream.path("refs"))).extracting(JsonNode::asText)
                .containsExactly("idea:dream", "idea:critique");
        assertThat(steps.get(steps.size() - 1).path("type").asText()).isEqualTo("PartnershipFormed");
    }

    @Test
    void theGraphHoldsEveryKindOfNodeAndEdgeAndEveryEdgeJoinsTwoOfItsNodes() {
        String partnershipId = aPartnershipFromCritiquesAndDreams(false);

        JsonNode trace = api.get("/api/partnerships/" + partnershipId + "/trace", workshop.evaluatorToken()).body();

        Map<String, String> kindOf = new HashMap<>();
        list(trace.path("graph").path("nodes")).forEach(node -> kindOf.put(node.path("id").asText(),
                node.path("kind").asText()));
        assertThat(kindOf).containsEntry("idea:critique", "critique")
                .containsEntry("idea:other-critique", "critique")
                .containsEntry("idea:dream", "dream")
                .containsEntry("proposal:" + proposalId, "proposal")
                .containsEntry("organisation:" + ana.organisationId(), "organisation")
                .containsEntry("organisation:" + ben.organisationId(), "organisation")
                .containsEntry("partnership:" + partnershipId, "partnership")
                .doesNotContainKey("idea:unrelated")
                .doesNotContainKey("organisation:" + carla.organisationId());
        assertThat(kindOf.values()).filteredOn("cluster"::equals).hasSize(2);
        Set<String> edges = new HashSet<>();
        for (JsonNode edge : list(trace.path("graph").path("edges"))) {
            assertThat(kindOf).containsKeys(edge.path("source").asText(), edge.path("target").asText());
            edges.add(edge.path("source").asText() + " " + edge.path("kind").asText() + " "
                    + edge.path("target").asText());
        }
        assertThat(edges).contains("idea:dream inspiredBy idea:critique",
                "proposal:" + proposalId + " derivedFrom idea:critique",
                "proposal:" + proposalId + " derivedFrom cluster:" + isolement,
                "idea:other-critique inCluster cluster:" + isolement,
                "organisation:" + ana.organisationId() + " committed proposal:" + proposalId,
                "organisation:" + ben.organisationId() + " formed partnership:" + partnershipId,
                "partnership:" + partnershipId + " derivedFrom proposal:" + proposalId);
        assertThat(edges).anyMatch(edge -> edge.startsWith("idea:dream inCluster cluster:"));
        assertThat(edges).anyMatch(edge -> edge.startsWith("proposal:" + proposalId + " derivedFrom cluster:"));
        for (JsonNode step : list(trace.path("steps"))) {
            list(step.path("refs")).forEach(ref -> assertThat(kindOf).containsKey(ref.asText()));
        }
    }

    @Test
    void whereAPhaseWasAnonymousTheTraceNamesOrganisationsButNoPerson() {
        String partnershipId = aPartnershipFromCritiquesAndDreams(true);

        Response trace = api.get("/api/partnerships/" + partnershipId + "/trace", workshop.evaluatorToken());

        JsonNode dream = list(trace.body().path("steps")).stream()
                .filter(step -> step.path("refs").get(0).asText().equals("idea:dream")).findFirst().orElseThrow();
        assertThat(dream.path("actor").asText()).isEqualTo("participant");
        assertThat(dream.path("actorName").isNull()).isTrue();
        assertThat(dream.path("organisationId").asText()).isEqualTo(ben.organisationId());
        assertThat(dream.path("summary").asText()).isEqualTo("Un tiers-lieu ouvert");
        list(trace.body().path("steps")).stream().filter(step -> step.path("phase").asText().equals("UTOPIA"))
                .forEach(step -> assertThat(step.toString()).doesNotContain(ben.id()).doesNotContain("Ben"));
        JsonNode critique = list(trace.body().path("steps")).get(0);
        assertThat(critique.path("actor").asText()).isEqualTo("participant:" + ana.id());
    }

    @Test
    void theFacilitatorAndTheOrganiserReadTheTraceButParticipantsAndOtherWorkshopsDoNot() {
        String partnershipId = aPartnershipFromCritiquesAndDreams(false);
        Workshop other = scheduleWorkshop();
        String path = "/api/partnerships/" + partnershipId + "/trace";

        assertThat(api.get(path, workshop.facilitatorToken()).status()).isEqualTo(200);
        assertThat(api.get(path, ORGANISER).status()).isEqualTo(200);
        assertThat(api.get(path, ana.token()).status()).isEqualTo(403);
        assertThat(api.get(path, other.evaluatorToken()).status()).isEqualTo(403);
        assertThat(api.get(path, null).status()).isEqualTo(401);
    }

    @Test
    void aStepQuotesTheIdeaAsItReadThenAndItsLaterVersionFollowsAtItsOwnPosition() {
        workshop = scheduleWorkshop();
        ana = joinNewOrganisation(workshop, "Ana");
        ben = joinNewOrganisation(workshop, "Ben");
        String workshopPath = "/api/workshops/" + workshop.id();
        advanceTo(workshop, "CRITIQUE");
        created(postIdea(workshop, ana, "critique", "Chacun dans son coin"));
        assertThat(api.patch(workshopPath + "/ideas/critique", ana.token(), Map.of("text", "Chacun travaille dans son coin"))
                .status()).isEqualTo(200);
        advanceTo(workshop, "REALIZATION");
        proposalId = created(api.post(workshopPath + "/proposals", ana.token(), Map.of("title", "Tiers-lieu partagé",
                "derivedFrom", List.of("critique")))).text("proposalId");
        created(api.post("/api/proposals/" + proposalId + "/commitments", ana.token(), Map.of()));
        String partnershipId = created(api.post("/api/proposals/" + proposalId + "/commitments", ben.token(), Map.of()))
                .text("partnershipId");

        List<JsonNode> steps = list(api.get("/api/partnerships/" + partnershipId + "/trace", workshop.evaluatorToken())
                .body().path("steps"));

        JsonNode posted = steps.get(0);
        JsonNode edited = steps.get(1);
        assertThat(posted.path("type").asText()).isEqualTo("IdeaPosted");
        assertThat(posted.path("summary").asText()).isEqualTo("Chacun dans son coin");
        assertThat(edited.path("type").asText()).isEqualTo("IdeaEdited");
        assertThat(edited.path("summary").asText()).isEqualTo("Chacun travaille dans son coin");
        assertThat(edited.path("position").asLong()).isGreaterThan(posted.path("position").asLong());
        JsonNode history = api.get(workshopPath + "/history", workshop.evaluatorToken()).body().path("events");
        JsonNode original = list(history).stream()
                .filter(event -> event.path("position").asLong() == posted.path("position").asLong()).findFirst().orElseThrow();
        assertThat(original.path("payload").path("text").asText()).isEqualTo(posted.path("summary").asText());
    }

    @Test
    void anUnknownPartnershipIsNotFound() {
        Response trace = api.get("/api/partnerships/no-such-partnership/trace", ORGANISER);

        assertThat(trace.status()).isEqualTo(404);
        assertThat(trace.contentType()).startsWith("application/problem+json");
    }

    /**
     * Ana's critique inspires Ben's dream, which the facilitator clusters in UTOPIA; Ben's other
     * critique is clustered in CRITIQUE; Carla's critique stays apart. Ana proposes a project
     * derived from her critique and from both clusters; Ana and Ben commit.
     */
    private String aPartnershipFromCritiquesAndDreams(boolean anonymousUtopia) {
        workshop = scheduleWorkshop();
        ana = joinNewOrganisation(workshop, "Ana");
        ben = joinNewOrganisation(workshop, "Ben");
        carla = joinNewOrganisation(workshop, "Carla");
        String workshopPath = "/api/workshops/" + workshop.id();
        if (anonymousUtopia) {
            Response configured = api.send("PUT", workshopPath + "/phases/UTOPIA/settings", workshop.facilitatorToken(),
                    Map.of("privateWriting", false, "anonymous", true, "hiddenTallies", false));
            assertThat(configured.status()).as(configured.body().toString()).isEqualTo(200);
        }
        advanceTo(workshop, "CRITIQUE");
        created(postIdea(workshop, ana, "critique", "Chacun travaille dans son coin"));
        created(postIdea(workshop, ben, "other-critique", "Pas de lieu pour se croiser"));
        created(postIdea(workshop, carla, "unrelated", "Sans rapport"));
        isolement = created(api.post(workshopPath + "/clusters", workshop.facilitatorToken(),
                Map.of("title", "Isolement", "ideaIds", List.of("other-critique")))).text("clusterId");
        advanceTo(workshop, "UTOPIA");
        created(api.post(workshopPath + "/ideas", ben.token(), Map.of("ideaId", "dream",
                "text", "Un tiers-lieu ouvert", "inspiredBy", List.of("critique"))));
        String lieu = created(api.post(workshopPath + "/clusters", workshop.facilitatorToken(),
                Map.of("title", "Un lieu commun", "ideaIds", List.of("dream")))).text("clusterId");
        advanceTo(workshop, "REALIZATION");
        proposalId = created(api.post(workshopPath + "/proposals", ana.token(), Map.of("title", "Tiers-lieu partagé",
                "derivedFrom", List.of("critique"), "derivedFromClusters", List.of(isolement, lieu))))
                .text("proposalId");
        created(api.post("/api/proposals/" + proposalId + "/commitments", ana.token(), Map.of()));
        return created(api.post("/api/proposals/" + proposalId + "/commitments", ben.token(), Map.of()))
                .text("partnershipId");
    }

    private static Response created(Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }
}
