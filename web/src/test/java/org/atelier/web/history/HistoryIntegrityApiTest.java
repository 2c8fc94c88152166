package org.atelier.web.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.atelier.web.ApiClient;
import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

/** The hash chain: its head, and the check of an exported event log against it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryIntegrityApiTest extends ApiTest {

    private AuditedWorkshop story;
    private List<String> export;

    @BeforeAll
    void aWorkshopAndItsExportedEventLog() {
        api = new ApiClient(port());
        Workshop workshop = scheduleWorkshop();
        story = AuditedWorkshop.run(api, workshop, joinNewOrganisation(workshop, "Ana"),
                joinNewOrganisation(workshop, "Ben"));
        HttpResponse<byte[]> download = api.download(story.path("/events.ndjson"), workshop.evaluatorToken());
        assertThat(download.statusCode()).isEqualTo(200);
        export = new String(download.body(), StandardCharsets.UTF_8).lines().toList();
    }

    private JsonNode lastEvent() {
        JsonNode events = api.get(story.path("/history?limit=1000"), story.workshop().evaluatorToken()).body()
                .path("events");
        return events.get(events.size() - 1);
    }

    private Response verify(List<String> lines, String token) {
        return api.postRaw("/api/integrity/verify", token, String.join("\n", lines) + "\n");
    }

    @Test
    void theHeadIsTheHashOfTheLastEvent() {
        Response integrity = api.get(story.path("/integrity"), story.workshop().evaluatorToken());

        assertThat(integrity.status()).isEqualTo(200);
        assertThat(integrity.text("workshopId")).isEqualTo(story.workshop().id());
        assertThat(integrity.body().path("events").asLong()).isEqualTo(lastEvent().path("position").asLong());
        assertThat(integrity.text("head")).isEqualTo(lastEvent().path("hash").asText());
        assertThat(integrity.text("algorithm")).isEqualTo("atelier-history-sha256-v1");
    }

    @Test
    void theHeadAtAPositionIsTheHashOfThatEventAndStaysSoAsTheWorkshopGoesOn() {
        JsonNode third = api.get(story.path("/history?limit=3"), ORGANISER).body().path("events").get(2);

        Response atThree = api.get(story.path("/integrity?at=3"), story.workshop().facilitatorToken());

        assertThat(atThree.body().path("events").asLong()).isEqualTo(3);
        assertThat(atThree.text("head")).isEqualTo(third.path("hash").asText());
    }

    @Test
    void anUnalteredExportIsValidAndMatchesTheEventStore() {
        Response verified = verify(export, story.workshop().evaluatorToken());

        assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
        assertThat(verified.body().path("valid").asBoolean()).isTrue();
        assertThat(verified.body().path("events").asLong()).isEqualTo(export.size());
        assertThat(verified.text("head")).isEqualTo(
                api.get(story.path("/integrity?at=" + export.size()), ORGANISER).text("head"));
        assertThat(verified.body().path("firstInvalidPosition").isNull()).isTrue();
        assertThat(verified.body().path("matchesEventStore").asBoolean()).isTrue();
        assertThat(verified.text("workshopId")).isEqualTo(story.workshop().id());
    }

    @Test
    void anExportWithOneAlteredLineFailsAtThatPosition() {
        List<String> altered = new ArrayList<>(export);
        int line = indexOf("\"type\":\"IdeaPosted\"");
        altered.set(line, altered.get(line).replace("Firminy", "Saint-Étienne"));

        Response verified = verify(altered, story.workshop().evaluatorToken());

        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body().path("valid").asBoolean()).isFalse();
        assertThat(verified.body().path("firstInvalidPosition").asLong()).isEqualTo(line + 1);
        assertThat(verified.body().path("head").isNull()).isTrue();
        assertThat(verified.text("problem")).contains("altered");
    }

    @Test
    void anExportWithALineRemovedFailsWhereItWas() {
        List<String> shortened = new ArrayList<>(export);
        shortened.remove(4);

        assertThat(verify(shortened, ORGANISER).body().path("firstInvalidPosition").asLong()).isEqualTo(5);
    }

    @Test
    void aPrefixOfTheExportIsValidAndMatchesTheEventStoreAtItsLastPosition() {
        Response verified = verify(export.subList(0, 6), story.workshop().facilitatorToken());

        assertThat(verified.body().path("valid").asBoolean()).isTrue();
        assertThat(verified.text("head")).isEqualTo(api.get(story.path("/integrity?at=6"), ORGANISER).text("head"));
        assertThat(verified.body().path("matchesEventStore").asBoolean()).isTrue();
    }

    @Test
    void aParticipantOfTheWorkshopMayVerifyAnExport() {
        assertThat(verify(export, story.ben().token()).body().path("valid").asBoolean()).isTrue();
    }

    @Test
    void anExportLargerThanOtherBodiesIsAccepted() {
        List<String> padded = new ArrayList<>(export);
        padded.add(0, "\n".repeat(100_000));

        Response verified = verify(padded, ORGANISER);

        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body().path("valid").asBoolean()).isTrue();
    }

    @Test
    void anEmptyBodyOrOneThatIsNoExportIsABadRequest() {
        assertThat(api.postRaw("/api/integrity/verify", ORGANISER, "").status()).isEqualTo(400);
        Response notAnExport = api.postRaw("/api/integrity/verify", ORGANISER, "{\"hello\": 1}\n");
        assertThat(notAnExport.status()).isEqualTo(400);
        assertThat(notAnExport.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anotherWorkshopsCallerMayNotVerifyThisWorkshopsExport() {
        Workshop other = scheduleWorkshop();

        assertThat(verify(export, other.evaluatorToken()).status()).isEqualTo(403);
    }

    @Test
    void verifyingNeedsAToken() {
        assertThat(verify(export, null).status()).isEqualTo(401);
    }

    @Test
    void participantsDoNotReadTheIntegrityHead() {
        assertThat(api.get(story.path("/integrity"), story.ana().token()).status()).isEqualTo(403);
        assertThat(api.get(story.path("/integrity"), null).status()).isEqualTo(401);
    }

    @Test
    void aNegativeOrMalformedAtIsABadRequest() {
        assertThat(api.get(story.path("/integrity?at=-1"), ORGANISER).text("field")).isEqualTo("at");
        assertThat(api.get(story.path("/integrity?at=soon"), ORGANISER).status()).isEqualTo(400);
    }

    @Test
    void anUnknownWorkshopHasNoIntegrity() {
        assertThat(api.get("/api/workshops/" + UUID.randomUUID() + "/integrity", ORGANISER).status()).isEqualTo(404);
    }

    private int indexOf(String fragment) {
        for (int i = 0; i < export.size(); i++) {
            if (export.get(i).contains(fragment) && export.get(i).contains("Firminy")) {
                return i;
            }
        }
        throw new AssertionError("no line with " + fragment);
    }
}
