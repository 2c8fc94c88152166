package org.atelier.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.atelier.web.ApiClient;
import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.atelier.web.history.AuditedWorkshop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The downloads of evaluators: the event log as NDJSON, the board's tables as CSV and JSON. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryExportApiTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditedWorkshop story;
    private String velo;
    private String bus;
    private String proposalId;

    /** The audited story, then a proposal in REALIZATION that both organisations commit to, dots on it, an action. */
    @BeforeAll
    void aWorkshopWithAPartnershipAndAnAction() {
        api = new ApiClient(port());
        Workshop workshop = scheduleWorkshop();
        velo = unique("Vélo Loire Sud");
        bus = unique("Bus solidaire");
        Participant ana = join(workshop, registerOrganisation(velo, "Saint-Étienne", true), "Ana");
        Participant ben = join(workshop, registerOrganisation(bus, "Firminy", true), "Ben");
        story = AuditedWorkshop.run(api, workshop, ana, ben);
        advanceTo(workshop, "REALIZATION");
        proposalId = expect(api.post(story.path("/proposals"), ana.token(), Map.of("title", "Un tram partagé",
                "description", "Du centre à la vallée", "derivedFrom", List.of(story.tram()))), 201).text("proposalId");
        expect(api.post("/api/proposals/" + proposalId + "/commitments", ana.token(), Map.of()), 201);
        expect(api.post("/api/proposals/" + proposalId + "/commitments", ben.token(), Map.of()), 201);
        expect(api.post("/api/proposals/" + proposalId + "/actions", ben.token(), Map.of("what", "Compter les usagers",
                "due", "2026-06-30")), 201);
        expect(api.post(story.path("/advance-step"), workshop.facilitatorToken(), Map.of("expectedStep", "COLLECT")), 200);
        expect(api.post(story.path("/advance-step"), workshop.facilitatorToken(), Map.of("expectedStep", "CLUSTER")), 200);
        expect(api.post(story.path("/votes"), ben.token(), Map.of("proposalId", proposalId)), 201);
    }

    private static Response expect(Response response, int status) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        return response;
    }

    private HttpResponse<byte[]> download(String call, String token) {
        return api.download(story.path(call), token);
    }

    private JsonNode rows(String name, String token) {
        Response table = api.get(story.path("/export/" + name + ".json"), token);
        assertThat(table.status()).as(table.body().toString()).isEqualTo(200);
        assertThat(table.text("workshopId")).isEqualTo(story.workshop().id());
        assertThat(table.body().path("version").asLong()).isPositive();
        return table.body().path(name);
    }

    private static JsonNode rowWith(JsonNode rows, String column, String value) {
        for (JsonNode row : rows) {
            if (row.path(column).asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + column + " = " + value + " in " + rows);
    }

    @Test
    void theEventLogIsOneJsonObjectPerLineAsTheHistoryGivesIt() throws Exception {
        HttpResponse<byte[]> log = download("/events.ndjson", story.workshop().evaluatorToken());
        JsonNode history = api.get(story.path("/history?limit=1000"), story.workshop().evaluatorToken()).body()
                .path("events");

        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-ndjson"));
        assertThat(log.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment").contains(".ndjson"));
        List<String> lines = new String(log.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(history.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            assertThat(line).isEqualTo(history.get(i));
            assertThat(line.fieldNames()).toIterable().containsExactly("position", "at", "type", "actor",
                    "organisationId", "phase", "step", "payload", "hash", "previousHash");
        }
    }

    @Test
    void theEventLogLeavesOutThePersonsOfAnAnonymousPhase() throws Exception {
        List<JsonNode> critique = new ArrayList<>();
        for (String line : new String(download("/events.ndjson", ORGANISER).body(), StandardCharsets.UTF_8).lines()
                .toList()) {
            JsonNode event = JSON.readTree(line);
            if (event.path("phase").asText().equals("CRITIQUE")) {
                critique.add(event);
            }
        }

        assertThat(critique).isNotEmpty();
        assertThat(critique.toString()).contains(story.ana().organisationId(), story.ben().organisationId())
                .doesNotContain(story.ana().id()).doesNotContain(story.ben().id());
    }

    @Test
    void theIdeasCsvOpensInAFrenchSpreadsheet() {
        HttpResponse<byte[]> csv = download("/export/ideas.csv", story.workshop().evaluatorToken());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("ideaId;phase;text;organisationId;organisation;participantId;participant;"
                + "clusterId;cluster;votes;inspiredBy;postedAt;editedAt\r\n");
        List<List<String>> rows = parse(text);
        List<String> header = rows.get(0);
        List<String> buses = rows.stream().filter(row -> row.get(0).equals(story.buses())).findFirst().orElseThrow();
        assertThat(buses.get(header.indexOf("text"))).isEqualTo(AuditedWorkshop.BUSES);
        assertThat(buses.get(header.indexOf("organisation"))).isEqualTo(velo);
        assertThat(buses.get(header.indexOf("participant"))).isEmpty();
        assertThat(buses.get(header.indexOf("cluster"))).isEqualTo("Mobilité");
        assertThat(buses.get(header.indexOf("votes"))).isEqualTo("2");
        List<String> bikes = rows.stream().filter(row -> row.get(0).equals(story.bikes())).findFirst().orElseThrow();
        assertThat(bikes.get(header.indexOf("text"))).isEqualTo("'" + AuditedWorkshop.BIKES);
        List<String> tram = rows.stream().filter(row -> row.get(0).equals(story.tram())).findFirst().orElseThrow();
        assertThat(tram.get(header.indexOf("participant"))).isEqualTo("Ana");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSameSizeAs(header));
    }

    @Test
    void theIdeasJsonKeepsTheOrganisationButNotThePersonOfAnAnonymousPhase() {
        JsonNode ideas = rows("ideas", story.workshop().evaluatorToken());

        JsonNode buses = rowWith(ideas, "ideaId", story.buses());
        assertThat(buses.path("participantId").isNull()).isTrue();
        assertThat(buses.path("organisationId").asText()).isEqualTo(story.ana().organisationId());
        assertThat(buses.path("text").asText()).isEqualTo(AuditedWorkshop.BUSES);
        JsonNode tram = rowWith(ideas, "ideaId", story.tram());
        assertThat(tram.path("participantId").asText()).isEqualTo(story.ana().id());
        assertThat(tram.path("phase").asText()).isEqualTo("UTOPIA");
    }

    @Test
    void theFacilitatorsExportHidesWhatTheRoomDoesNotSee() {
        JsonNode buses = rowWith(rows("ideas", story.workshop().facilitatorToken()), "ideaId", story.buses());

        assertThat(buses.path("participantId").isNull()).isTrue();
        assertThat(buses.path("organisationId").isNull()).isTrue();
    }

    @Test
    void theVotesSayWhoPutHowManyDotsOnWhatWithoutPersonsWhereAnonymous() {
        JsonNode votes = rows("votes", story.workshop().evaluatorToken());

        assertThat(votes.size()).isEqualTo(3);
        JsonNode onBuses = rowWith(votes, "targetId", story.buses());
        assertThat(onBuses.path("phase").asText()).isEqualTo("CRITIQUE");
        assertThat(onBuses.path("target").asText()).isEqualTo("idea");
        assertThat(onBuses.path("organisationId").asText()).isEqualTo(story.ben().organisationId());
        assertThat(onBuses.path("organisation").asText()).isEqualTo(bus);
        assertThat(onBuses.path("participantId").isNull()).isTrue();
        assertThat(onBuses.path("dots").asInt()).isEqualTo(2);
        assertThat(rowWith(votes, "targetId", story.bikes()).path("organisationId").asText())
                .isEqualTo(story.ana().organisationId());
        JsonNode onProposal = rowWith(votes, "targetId", proposalId);
        assertThat(onProposal.path("target").asText()).isEqualTo("proposal");
        assertThat(onProposal.path("participantId").asText()).isEqualTo(story.ben().id());
        assertThat(onProposal.path("participant").asText()).isEqualTo("Ben");
        assertThat(onProposal.path("dots").asInt()).isEqualTo(1);
    }

    @Test
    void theVotesCsvHasOneRowPerVoterAndTarget() {
        List<List<String>> rows = parse(new String(download("/export/votes.csv", ORGANISER).body(),
                StandardCharsets.UTF_8).substring(1));

        assertThat(rows.get(0)).containsExactly("phase", "target", "targetId", "targetText", "organisationId",
                "organisation", "participantId", "participant", "dots");
        assertThat(rows).hasSize(4);
    }

    @Test
    void theClustersSayTheirIdeasAndPhase() {
        JsonNode mobility = rowWith(rows("clusters", ORGANISER), "clusterId", story.clusterId());

        assertThat(mobility.path("title").asText()).isEqualTo("Mobilité");
        assertThat(mobility.path("phase").asText()).isEqualTo("CRITIQUE");
        assertThat(mobility.path("ideas").asInt()).isEqualTo(2);
        assertThat(mobility.path("ideaIds").toString()).contains(story.buses(), story.bikes());
    }

    @Test
    void theProposalsSayTheirCommitmentsAndPartnership() {
        JsonNode proposal = rowWith(rows("proposals", story.workshop().evaluatorToken()), "proposalId", proposalId);

        assertThat(proposal.path("title").asText()).isEqualTo("Un tram partagé");
        assertThat(proposal.path("status").asText()).isEqualTo("OPEN");
        assertThat(proposal.path("proposerId").asText()).isEqualTo(story.ana().id());
        assertThat(proposal.path("proposer").asText()).isEqualTo("Ana");
        assertThat(proposal.path("derivedFromIdeas").toString()).contains(story.tram());
        assertThat(proposal.path("committedOrganisations").toString()).contains(velo, bus);
        assertThat(proposal.path("partnershipId").asText()).isNotBlank();
        assertThat(download("/export/proposals.csv", ORGANISER).statusCode()).isEqualTo(200);
    }

    @Test
    void thePartnershipsSayTheirOrganisationsAndProposal() {
        JsonNode partnerships = rows("partnerships", story.workshop().evaluatorToken());

        assertThat(partnerships.size()).isEqualTo(1);
        assertThat(partnerships.get(0).path("proposal").asText()).isEqualTo("Un tram partagé");
        assertThat(partnerships.get(0).path("organisations").toString()).contains(velo, bus);
        assertThat(partnerships.get(0).path("status").asText()).isEqualTo("ACTIVE");
        assertThat(download("/export/partnerships.csv", ORGANISER).statusCode()).isEqualTo(200);
    }

    @Test
    void theActionsSayWhoDoesWhatByWhen() {
        JsonNode action = rows("actions", story.workshop().facilitatorToken()).get(0);

        assertThat(action.path("proposalId").asText()).isEqualTo(proposalId);
        assertThat(action.path("organisation").asText()).isEqualTo(bus);
        assertThat(action.path("what").asText()).isEqualTo("Compter les usagers");
        assertThat(action.path("due").asText()).isEqualTo("2026-06-30");
        assertThat(download("/export/actions.csv", ORGANISER).statusCode()).isEqualTo(200);
    }

    @Test
    void participantsDoNotDownloadExports() {
        assertThat(download("/events.ndjson", story.ana().token()).statusCode()).isEqualTo(403);
        assertThat(download("/export/ideas.csv", story.ana().token()).statusCode()).isEqualTo(403);
        assertThat(api.get(story.path("/export/votes.json"), story.ana().token()).contentType())
                .startsWith("application/problem+json");
    }

    @Test
    void exportsNeedAToken() {
        assertThat(download("/events.ndjson", null).statusCode()).isEqualTo(401);
        assertThat(download("/export/ideas.json", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownWorkshopHasNoExport() {
        String unknown = "/api/workshops/" + UUID.randomUUID();

        assertThat(api.get(unknown + "/events.ndjson", ORGANISER).status()).isEqualTo(404);
        assertThat(api.get(unknown + "/events.ndjson", ORGANISER).contentType()).startsWith("application/problem+json");
        assertThat(api.get(unknown + "/export/ideas.csv", ORGANISER).status()).isEqualTo(404);
    }

    @Test
    void anUnknownTableOrFormatIsNotFound() {
        Response table = api.get(story.path("/export/people.csv"), ORGANISER);

        assertThat(table.status()).isEqualTo(404);
        assertThat(table.text("detail")).contains("ideas", "votes");
        assertThat(api.get(story.path("/export/ideas.xlsx"), ORGANISER).status()).isEqualTo(404);
    }

    /** Reads CSV as RFC 4180 says, with semicolons. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
