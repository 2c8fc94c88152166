package org.atelier.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Proposals reach every screen as they happen: from a proposal to a partnership forming, each
 * event at its position, the board's version once the board shows it.
 */
class ProposalLiveTest extends ApiTest {

    @Test
    void aPartnershipFormingReachesAFollowingScreenWithItsPosition() throws Exception {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        Participant ben = joinNewOrganisation(workshop, "Ben");
        advanceTo(workshop, "REALIZATION");
        try (Screen screen = Screen.connect(port(), workshop.evaluatorToken(), null)) {
            screen.follow(workshop.id());

            Response proposed = api.post("/api/workshops/" + workshop.id() + "/proposals", ana.token(),
                    Map.of("title", "Cuisine partagée", "conditions", Map.of("timeline", "Printemps")));
            String proposalId = proposed.text("proposalId");
            api.post("/api/proposals/" + proposalId + "/commitments", ana.token(), Map.of());
            String partnershipId = api.post("/api/proposals/" + proposalId + "/commitments", ben.token(), Map.of())
                    .text("partnershipId");

            List<JsonNode> messages = screen.take(4, 10_000);
            assertThat(messages).extracting(message -> message.path("type").asText())
                    .containsExactly("ProjectProposed", "OrganisationCommitted", "OrganisationCommitted",
                            "PartnershipFormed");
            JsonNode formed = messages.get(3);
            long version = api.get("/api/workshops/" + workshop.id() + "/board", workshop.evaluatorToken()).body()
                    .path("version").asLong();
            assertThat(formed.path("position").asLong()).isEqualTo(version);
            assertThat(messages.get(2).path("position").asLong()).isEqualTo(version - 1);
            assertThat(formed.path("workshopId").asText()).isEqualTo(workshop.id());
            assertThat(formed.path("at").asText()).isNotBlank();
            assertThat(formed.path("payload").path("partnershipId").asText()).isEqualTo(partnershipId);
            assertThat(formed.path("payload").path("proposalId").asText()).isEqualTo(proposalId);
            assertThat(formed.path("payload").path("organisationIds")).extracting(JsonNode::asText)
                    .containsExactly(ana.organisationId(), ben.organisationId());
            assertThat(messages.get(0).path("payload").path("conditions").path("timeline").asText())
                    .isEqualTo("Printemps");
        }
    }

    @Test
    void followUpAfterClosingStillReachesTheScreens() throws Exception {
        Workshop workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "REALIZATION");
        String proposalId = api.post("/api/workshops/" + workshop.id() + "/proposals", ana.token(),
                Map.of("title", "Cuisine partagée")).text("proposalId");
        api.post("/api/proposals/" + proposalId + "/commitments", ana.token(), Map.of());
        advanceTo(workshop, "CLOSED");
        try (Screen screen = Screen.connect(port(), workshop.facilitatorToken(), null)) {
            screen.follow(workshop.id());

            api.post("/api/proposals/" + proposalId + "/actions", ana.token(), Map.of("actionId", "visit",
                    "what", "Visiter", "due", "2026-06-30"));
            api.patch("/api/proposals/" + proposalId + "/actions/visit", ana.token(), Map.of("status", "DONE"));

            List<JsonNode> messages = screen.take(2, 10_000);
            assertThat(messages).extracting(message -> message.path("type").asText())
                    .containsExactly("ActionAgreed", "ActionUpdated");
            assertThat(messages.get(0).path("payload").path("due").asText()).isEqualTo("2026-06-30");
            assertThat(messages.get(1).path("payload").path("status").asText()).isEqualTo("DONE");
        }
    }
}
