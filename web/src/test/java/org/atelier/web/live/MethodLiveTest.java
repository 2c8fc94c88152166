package org.atelier.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every call of the workshop method reaches a following screen as its event, in order, at the
 * board's positions: steps, timers, readiness, settings, private writing and reveal, clusters,
 * dots on ideas and clusters, parked objections.
 */
class MethodLiveTest extends ApiTest {

    private Workshop workshop;

    @Test
    void aWholeRunOfTheMethodReachesAFollowingScreenEventByEvent() throws Exception {
        workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        advanceTo(workshop, "CRITIQUE");
        try (Screen screen = Screen.connect(port(), workshop.facilitatorToken(), null)) {
            screen.follow(workshop.id());
            List<String> expected = new ArrayList<>();

            ok(api.send("PUT", path("/phases/CRITIQUE/settings"), facilitator(),
                    Map.of("privateWriting", true, "anonymous", false, "hiddenTallies", false)));
            expected.add("PhaseConfigured");
            ok(postIdea(workshop, ana, "buses", "Trop peu de bus"));
            ok(postIdea(workshop, ana, "bikes", "Pas de pistes cyclables"));
            expected.addAll(List.of("IdeaPosted", "IdeaPosted"));
            ok(api.post(path("/timer/start"), facilitator(), Map.of("seconds", 300)));
            ok(api.post(path("/timer/pause"), facilitator(), Map.of()));
            ok(api.post(path("/timer/extend"), facilitator(), Map.of("seconds", 60)));
            ok(api.post(path("/timer/resume"), facilitator(), Map.of()));
            ok(api.post(path("/timer/stop"), facilitator(), Map.of()));
            expected.addAll(List.of("TimerStarted", "TimerPaused", "TimerExtended", "TimerResumed", "TimerStopped"));
            ok(api.post(path("/ready"), ana.token(), Map.of()));
            expected.add("ParticipantReady");
            ok(api.post(path("/reveal"), facilitator(), Map.of()));
            expected.add("IdeasRevealed");
            step("COLLECT");
            expected.add("StepAdvanced");
            String mobility = api.post(path("/clusters"), facilitator(),
                    Map.of("title", "Mobilité", "ideaIds", List.of("buses"))).text("clusterId");
            expected.addAll(List.of("ClusterCreated", "IdeaClustered"));
            String bikes = api.post(path("/clusters"), facilitator(),
                    Map.of("title", "Vélo", "ideaIds", List.of())).text("clusterId");
            expected.add("ClusterCreated");
            ok(api.send("PUT", path("/ideas/bikes/cluster"), facilitator(), Map.of("clusterId", bikes)));
            expected.add("IdeaClustered");
            ok(api.patch(path("/clusters/" + mobility), facilitator(), Map.of("title", "Se déplacer")));
            expected.add("ClusterRenamed");
            ok(api.post(path("/clusters/" + bikes + "/merge"), facilitator(), Map.of("into", mobility)));
            expected.add("ClustersMerged");
            step("CLUSTER");
            expected.add("StepAdvanced");
            ok(api.post(path("/votes"), ana.token(), Map.of("ideaId", "buses")));
            ok(api.post(path("/votes"), ana.token(), Map.of("clusterId", mobility)));
            ok(api.delete(path("/votes/buses"), ana.token()));
            ok(api.delete(path("/votes/clusters/" + mobility), ana.token()));
            expected.addAll(List.of("VoteCast", "ClusterVoteCast", "VoteRetracted", "ClusterVoteRetracted"));
            ok(api.post(path("/step-back"), facilitator(), Map.of("expectedStep", "VOTE")));
            expected.add("StepReverted");
            ok(api.delete(path("/clusters/" + mobility), facilitator()));
            expected.add("ClusterDissolved");
            ok(api.delete(path("/ideas/bikes"), facilitator()));
            expected.add("IdeaHidden");
            ok(api.post(path("/advance"), facilitator(), Map.of("expectedPhase", "CRITIQUE")));
            expected.add("PhaseAdvanced");
            ok(api.post(path("/objections"), ana.token(), Map.of("text", "Ça ne sera jamais financé")));
            expected.add("ObjectionParked");
            ok(api.post(path("/phase-back"), facilitator(), Map.of("expectedPhase", "UTOPIA")));
            expected.add("PhaseReverted");

            List<JsonNode> seen = screen.take(expected.size(), 15_000);

            assertThat(seen).extracting(message -> message.path("type").asText()).isEqualTo(expected);
            long version = api.get(path("/board"), facilitator()).body().path("version").asLong();
            assertThat(seen).extracting(message -> message.path("position").asLong())
                    .isEqualTo(positions(version - expected.size() + 1, version));
            JsonNode clusterVote = seen.get(expected.indexOf("ClusterVoteCast"));
            assertThat(clusterVote.path("payload").path("clusterId").asText()).isEqualTo(mobility);
            assertThat(clusterVote.path("payload").path("voter").asText()).isEqualTo(ana.id());
            assertThat(seen.get(1).path("payload").has("text")).as("a private idea travels without its text").isFalse();
        }
    }

    private void step(String expectedStep) {
        ok(api.post(path("/advance-step"), facilitator(), Map.of("expectedStep", expectedStep)));
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 204);
    }

    private static List<Long> positions(long from, long to) {
        List<Long> positions = new ArrayList<>();
        for (long position = from; position <= to; position++) {
            positions.add(position);
        }
        return positions;
    }

    private String facilitator() {
        return workshop.facilitatorToken();
    }

    private String path(String rest) {
        return "/api/workshops/" + workshop.id() + rest;
    }
}
