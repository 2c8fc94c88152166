package org.atelier.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.atelier.web.fuzz.FuzzClient.Answer;

import com.fasterxml.jackson.databind.JsonNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every JSON body of the API, generated: whatever comes, the answer is never a 5xx, a refusal is a
 * problem (RFC 9457) and records nothing, and the server keeps answering. Tries are few, so that
 * the suite stays fast; each run draws new ones.
 */
class ApiFuzzTest {

    private static final String ORGANISER = FuzzedServer.ORGANISER;

    private static FuzzClient api;
    private static String workshopId;
    private static String joinCode;
    private static String organisationId;
    private static String participantToken;
    private static String ideaId;
    private static String clusterId;
    private static String proposalId;
    private static String actionId;

    /** Who sends a call: the organiser runs the room, a participant acts in it, nobody joins. */
    private enum Sender { ORGANISER, PARTICIPANT, NOBODY }

    private record Call(String method, String path, Sender sender, List<String> fields) {
    }

    record Case(Call call, String body) {

        @Override
        public String toString() {
            return call.method() + " " + call.path() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    @BeforeContainer
    static void aWorkshopInRealizationWithAnIdeaAClusterAProposalAndAnAction() {
        api = new FuzzClient(FuzzedServer.port());
        organisationId = api.json("POST", "/api/organisations", ORGANISER,
                Map.of("name", "Fuzz " + UUID.randomUUID(), "commune", "Firminy", "ess", true)).path("organisationId").asText();
        JsonNode workshop = api.json("POST", "/api/workshops", ORGANISER, Map.of("title", "Fuzz", "theme", "t"));
        workshopId = workshop.path("workshopId").asText();
        joinCode = workshop.path("joinCode").asText();
        participantToken = api.json("POST", "/api/join", null, Map.of("joinCode", joinCode, "displayName", "Ana",
                "organisationId", organisationId)).path("token").asText();
        for (String phase : List.of("PREPARATION", "CRITIQUE", "UTOPIA")) {
            api.json("POST", room("/advance"), ORGANISER, Map.of("expectedPhase", phase));
        }
        ideaId = api.json("POST", room("/ideas"), participantToken, Map.of("text", "An idea to fuzz")).path("ideaId").asText();
        clusterId = api.json("POST", room("/clusters"), ORGANISER, Map.of("title", "Fuzz", "ideaIds", List.of(ideaId)))
                .path("clusterId").asText();
        proposalId = api.json("POST", room("/proposals"), participantToken, Map.of("title", "Fuzz")).path("proposalId").asText();
        api.json("POST", "/api/proposals/" + proposalId + "/commitments", participantToken, Map.of());
        actionId = api.json("POST", "/api/proposals/" + proposalId + "/actions", participantToken, Map.of("what", "Fuzz"))
                .path("actionId").asText();
    }

    @Property(tries = 200)
    void anyBodyIsAnsweredWithoutServerErrorAndARefusalRecordsNothing(@ForAll("cases") Case fuzzed) {
        long version = version();
        int organisations = organisations();

        Answer answer = api.send(fuzzed.call().method(), fuzzed.call().path(), tokenOf(fuzzed.call().sender()), fuzzed.body());

        assertThat(answer.status()).as(fuzzed + " → " + answer.body()).isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).as(fuzzed + " → " + answer.body()).startsWith("application/problem+json");
            assertThat(answer.json().path("detail").asText()).as(fuzzed.toString()).isNotBlank();
            assertThat(version()).as("recorded by a refused " + fuzzed).isEqualTo(version);
            assertThat(organisations()).as("registered by a refused " + fuzzed).isEqualTo(organisations);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        List<String> known = List.of(workshopId, joinCode, organisationId, ideaId, clusterId, proposalId, actionId,
                "PREPARATION", "CRITIQUE", "UTOPIA", "REALIZATION", "CLOSED", "COLLECT", "CLUSTER", "VOTE", "DISCUSS",
                "PLANNED", "DONE", "2026-12-24", "2026-12-24T10:00:00Z", "Firminy", UUID.randomUUID().toString());
        return Arbitraries.of(calls()).flatMap(call -> JsonValues.body(call.fields(), known).map(body -> new Case(call, body)));
    }

    private static List<Call> calls() {
        String proposal = "/api/proposals/" + proposalId;
        return List.of(
                new Call("POST", "/api/organisations", Sender.ORGANISER, List.of("name", "commune", "ess")),
                new Call("PATCH", "/api/organisations/" + organisationId, Sender.ORGANISER, List.of("commune", "ess")),
                new Call("POST", "/api/workshops", Sender.ORGANISER, List.of("title", "theme", "programme", "sessions",
                        "votesPerParticipant", "maxVotesPerIdea")),
                new Call("POST", "/api/join", Sender.NOBODY, List.of("joinCode", "displayName", "organisationId",
                        "organisation")),
                new Call("POST", "/api/rejoin", Sender.NOBODY, List.of("rejoinCode")),
                new Call("POST", room("/facilitators"), Sender.ORGANISER, List.of("name")),
                new Call("POST", room("/advance"), Sender.ORGANISER, List.of("expectedPhase")),
                new Call("POST", room("/advance-step"), Sender.ORGANISER, List.of("expectedStep")),
                new Call("POST", room("/step-back"), Sender.ORGANISER, List.of("expectedStep")),
                new Call("POST", room("/phase-back"), Sender.ORGANISER, List.of("expectedPhase")),
                new Call("PUT", room("/phases/REALIZATION/settings"), Sender.ORGANISER,
                        List.of("privateWriting", "anonymous", "hiddenTallies")),
                new Call("POST", room("/ideas"), Sender.PARTICIPANT, List.of("ideaId", "text", "inspiredBy")),
                new Call("PATCH", room("/ideas/" + ideaId), Sender.PARTICIPANT, List.of("text")),
                new Call("POST", room("/clusters"), Sender.ORGANISER, List.of("title", "ideaIds")),
                new Call("PATCH", room("/clusters/" + clusterId), Sender.ORGANISER, List.of("title")),
                new Call("POST", room("/clusters/" + clusterId + "/merge"), Sender.ORGANISER, List.of("into")),
                new Call("PUT", room("/ideas/" + ideaId + "/cluster"), Sender.ORGANISER, List.of("clusterId")),
                new Call("POST", room("/votes"), Sender.PARTICIPANT, List.of("ideaId", "clusterId", "proposalId")),
                new Call("POST", room("/proposals"), Sender.PARTICIPANT, List.of("proposalId", "title", "description",
                        "derivedFrom", "derivedFromClusters", "leadOrganisationId", "conditions")),
                new Call("PATCH", proposal, Sender.PARTICIPANT, List.of("title", "description", "derivedFrom",
                        "leadOrganisationId", "conditions")),
                new Call("PUT", room("/proposals/order"), Sender.ORGANISER, List.of("proposalIds")),
                new Call("POST", proposal + "/commitments", Sender.PARTICIPANT, List.of("organisationId")),
                new Call("POST", proposal + "/actions", Sender.PARTICIPANT, List.of("actionId", "organisationId", "what",
                        "due")),
                new Call("PATCH", proposal + "/actions/" + actionId, Sender.PARTICIPANT, List.of("status", "what", "due")),
                new Call("POST", room("/objections"), Sender.PARTICIPANT, List.of("objectionId", "text")),
                new Call("POST", "/api/integrity/verify", Sender.PARTICIPANT, List.of("position", "at", "type", "actor",
                        "organisationId", "phase", "step", "payload", "hash", "previousHash")),
                new Call("POST", room("/ready"), Sender.PARTICIPANT, List.of("ready")),
                new Call("POST", room("/reveal"), Sender.ORGANISER, List.of("phase")),
                new Call("POST", room("/timer/start"), Sender.ORGANISER, List.of("seconds")),
                new Call("POST", room("/timer/extend"), Sender.ORGANISER, List.of("seconds")));
    }

    private static String room(String path) {
        return "/api/workshops/" + workshopId + path;
    }

    private static String tokenOf(Sender sender) {
        return switch (sender) {
            case ORGANISER -> ORGANISER;
            case PARTICIPANT -> participantToken;
            case NOBODY -> null;
        };
    }

    private static long version() {
        return api.json("GET", room(""), ORGANISER, null).path("version").asLong();
    }

    private static int organisations() {
        return api.json("GET", "/api/organisations", ORGANISER, null).size();
    }
}
