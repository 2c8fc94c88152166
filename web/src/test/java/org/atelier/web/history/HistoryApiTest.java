package org.atelier.web.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;

import org.atelier.web.ApiClient;
import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryApiTest extends ApiTest {

    private AuditedWorkshop story;

    @BeforeAll
    void aWorkshopWithAnAnonymousCritiqueAndAnOpenUtopia() {
        api = new ApiClient(port());
        Workshop workshop = scheduleWorkshop();
        story = AuditedWorkshop.run(api, workshop, joinNewOrganisation(workshop, "Ana"),
                joinNewOrganisation(workshop, "Ben"));
    }

    private List<JsonNode> events(String query, String token) {
        Response page = api.get(story.path("/history" + query), token);
        assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        page.body().path("events").forEach(events::add);
        return events;
    }

    private JsonNode posted(String ideaId) {
        return events("?type=IdeaPosted", story.workshop().evaluatorToken()).stream()
                .filter(event -> event.path("payload").path("ideaId").asText().equals(ideaId))
                .findFirst().orElseThrow();
    }

    @Test
    void theEvaluatorReadsEveryEventInOrderWithWhenWhoPhaseAndStep() {
        List<JsonNode> events = events("", story.workshop().evaluatorToken());

        assertThat(events).extracting(event -> event.path("position").asLong())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, events.size()).boxed().toList());
        assertThat(events.get(0).path("type").asText()).isEqualTo("WorkshopScheduled");
        assertThat(events.get(0).path("actor").asText()).isEqualTo("organiser");
        assertThat(events).extracting(event -> event.path("type").asText(), event -> event.path("phase").asText(),
                        event -> event.path("step").asText(null))
                .contains(tuple("PhaseAdvanced", "CRITIQUE", "COLLECT"), tuple("StepAdvanced", "CRITIQUE", "VOTE"),
                        tuple("PhaseAdvanced", "UTOPIA", "COLLECT"));
        assertThat(events).allSatisfy(event -> {
            assertThat(event.path("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(event.path("hash").asText()).matches("[0-9a-f]{64}");
            assertThat(event.has("previousHash")).isTrue();
            assertThat(event.path("payload").path("workshopId").asText()).isEqualTo(story.workshop().id());
        });
    }

    @Test
    void anIdeaOfAnOpenPhaseSaysWhoPostedItAndForWhichOrganisation() {
        JsonNode tram = posted(story.tram());

        assertThat(tram.path("actor").asText()).isEqualTo("participant:" + story.ana().id());
        assertThat(tram.path("organisationId").asText()).isEqualTo(story.ana().organisationId());
        assertThat(tram.path("payload").path("author").asText()).isEqualTo(story.ana().id());
        assertThat(tram.path("payload").path("text").asText()).isEqualTo(AuditedWorkshop.TRAM);
        assertThat(tram.path("phase").asText()).isEqualTo("UTOPIA");
    }

    @Test
    void inAnAnonymousPhaseTheHistoryKeepsTheOrganisationButNotThePerson() {
        JsonNode buses = posted(story.buses());
        List<JsonNode> votes = events("?type=VoteCast", story.workshop().evaluatorToken());

        assertThat(buses.path("actor").asText()).isEqualTo("participant");
        assertThat(buses.path("organisationId").asText()).isEqualTo(story.ana().organisationId());
        assertThat(buses.path("payload").has("author")).isFalse();
        assertThat(buses.path("payload").path("organisationId").asText()).isEqualTo(story.ana().organisationId());
        assertThat(votes).hasSize(3).allSatisfy(vote -> {
            assertThat(vote.path("actor").asText()).isEqualTo("participant");
            assertThat(vote.path("payload").has("voter")).isFalse();
        });
        assertThat(votes).extracting(vote -> vote.path("organisationId").asText())
                .containsExactly(story.ben().organisationId(), story.ben().organisationId(),
                        story.ana().organisationId());
        String critique = api.get(story.path("/history?phase=CRITIQUE"), story.workshop().facilitatorToken())
                .body().path("events").toString();
        assertThat(critique).contains(story.ana().organisationId())
                .doesNotContain(story.ana().id()).doesNotContain(story.ben().id());
    }

    @Test
    void theFacilitatorAndTheOrganiserReadTheSameHistory() {
        List<JsonNode> evaluators = events("", story.workshop().evaluatorToken());

        assertThat(events("", story.workshop().facilitatorToken())).isEqualTo(evaluators);
        assertThat(events("", ORGANISER)).isEqualTo(evaluators);
    }

    @Test
    void pagesFollowOneAnotherUntilNextIsNull() {
        List<JsonNode> all = events("", story.workshop().evaluatorToken());
        List<JsonNode> paged = new ArrayList<>();
        long after = 0;
        for (int pages = 0; pages < all.size(); pages++) {
            JsonNode page = api.get(story.path("/history?limit=5&after=" + after), story.workshop().evaluatorToken())
                    .body();
            page.path("events").forEach(paged::add);
            if (page.path("next").isNull()) {
                break;
            }
            after = page.path("next").asLong();
            assertThat(after).isEqualTo(paged.get(paged.size() - 1).path("position").asLong());
        }

        assertThat(paged).isEqualTo(all);
    }

    @Test
    void filtersKeepTheGivenTypesOrganisationAndPhases() {
        String evaluator = story.workshop().evaluatorToken();

        assertThat(events("?type=IdeaPosted,VoteCast&organisationId=" + story.ana().organisationId(), evaluator))
                .extracting(event -> event.path("type").asText(), event -> event.path("phase").asText())
                .containsExactly(tuple("IdeaPosted", "CRITIQUE"), tuple("VoteCast", "CRITIQUE"),
                        tuple("IdeaPosted", "UTOPIA"));
        assertThat(events("?phase=UTOPIA", evaluator)).extracting(event -> event.path("type").asText())
                .containsExactly("PhaseAdvanced", "IdeaPosted");
        assertThat(events("?phase=PREPARATION,UTOPIA&type=PhaseConfigured", evaluator)).hasSize(1);
    }

    @Test
    void theLimitIsAHundredUnlessSaidAndAtMostAThousand() {
        Workshop busy = scheduleWorkshop();
        for (int i = 0; i < 100; i++) {
            assertThat(api.send("PUT", "/api/workshops/" + busy.id() + "/phases/CRITIQUE/settings",
                    busy.facilitatorToken(), Map.of("anonymous", i % 2 == 0)).status()).isEqualTo(200);
        }
        String history = "/api/workshops/" + busy.id() + "/history";

        JsonNode firstPage = api.get(history, busy.evaluatorToken()).body();
        assertThat(firstPage.path("events").size()).isEqualTo(100);
        assertThat(firstPage.path("next").asLong()).isEqualTo(100);
        assertThat(api.get(history + "?limit=1000", busy.evaluatorToken()).body().path("events").size())
                .isEqualTo(101);
        assertThat(api.get(history + "?limit=1000", busy.evaluatorToken()).body().path("next").isNull()).isTrue();
    }

    @Test
    void aLimitOrAfterOutOfRangeIsRefusedNamingTheParameter() {
        String evaluator = story.workshop().evaluatorToken();

        for (String query : List.of("limit=1001", "limit=0", "after=-1", "limit=ten")) {
            Response refused = api.get(story.path("/history?" + query), evaluator);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("field")).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void anUnknownPhaseOrAMalformedTypeIsRefused() {
        Response phase = api.get(story.path("/history?phase=DREAM"), ORGANISER);
        Response type = api.get(story.path("/history?type=idea%20posted"), ORGANISER);

        assertThat(phase.status()).isEqualTo(400);
        assertThat(phase.text("field")).isEqualTo("phase");
        assertThat(phase.text("detail")).contains("UTOPIA");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.text("field")).isEqualTo("type");
    }

    @Test
    void participantsDoNotReadTheHistory() {
        Response refused = api.get(story.path("/history"), story.ana().token());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anotherWorkshopsEvaluatorDoesNotReadIt() {
        assertThat(api.get(story.path("/history"), scheduleWorkshop().evaluatorToken()).status()).isEqualTo(403);
    }

    @Test
    void withoutTokenTheHistoryIsUnauthorized() {
        assertThat(api.get(story.path("/history"), null).status()).isEqualTo(401);
    }

    @Test
    void anUnknownWorkshopHasNoHistory() {
        Response unknown = api.get("/api/workshops/" + UUID.randomUUID() + "/history", ORGANISER);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anOrganisationsIdIsNoWorkshop() {
        assertThat(api.get("/api/workshops/" + story.ana().organisationId() + "/history", ORGANISER).status())
                .isEqualTo(404);
    }
}
