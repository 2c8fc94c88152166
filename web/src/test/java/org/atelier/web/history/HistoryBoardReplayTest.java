package org.atelier.web.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The board at a past position is the board the live projection showed at that position, for
 * every audience: a real run of calls keeps each audience's live board after every change, by
 * version, and afterwards {@code GET .../board?at=<version>} must give each of them back.
 */
class HistoryBoardReplayTest extends ApiTest {

    private Workshop workshop;
    private Map<String, String> audiences;
    private final Map<String, Map<Long, JsonNode>> kept = new LinkedHashMap<>();

    @Test
    void theBoardAtEachPastPositionIsTheLiveBoardOfThatPositionForEveryAudience() {
        workshop = scheduleWorkshop();
        Participant ana = joinNewOrganisation(workshop, "Ana");
        Participant ben = joinNewOrganisation(workshop, "Ben");
        audiences = Map.of("evaluator", workshop.evaluatorToken(), "facilitator", workshop.facilitatorToken(),
                "ana", ana.token(), "ben", ben.token());
        String facilitator = workshop.facilitatorToken();
        keepLiveBoards();

        change(() -> api.send("PUT", path("/phases/CRITIQUE/settings"), facilitator,
                Map.of("privateWriting", true, "anonymous", true, "hiddenTallies", true)));
        change(() -> api.post(path("/advance"), facilitator, Map.of("expectedPhase", "PREPARATION")));
        change(() -> postIdea(workshop, ana, "buses", "Trop peu de bus"));
        change(() -> postIdea(workshop, ben, "bikes", "Pas de piste cyclable"));
        change(() -> api.patch(path("/ideas/buses"), ana.token(), Map.of("text", "Trop peu de bus le dimanche")));
        change(() -> api.post(path("/timer/start"), facilitator, Map.of("seconds", 300)));
        change(() -> api.post(path("/reveal"), facilitator, Map.of()));
        change(() -> api.post(path("/advance-step"), facilitator, Map.of("expectedStep", "COLLECT")));
        change(() -> api.post(path("/clusters"), facilitator, Map.of("title", "Mobilité",
                "ideaIds", List.of("buses", "bikes"))));
        change(() -> api.post(path("/advance-step"), facilitator, Map.of("expectedStep", "CLUSTER")));
        change(() -> api.post(path("/votes"), ben.token(), Map.of("ideaId", "buses")));
        change(() -> api.post(path("/votes"), ana.token(), Map.of("ideaId", "bikes")));
        change(() -> api.post(path("/ready"), ana.token(), Map.of()));
        change(() -> api.delete(path("/votes/bikes"), ana.token()));
        change(() -> api.post(path("/advance-step"), facilitator, Map.of("expectedStep", "VOTE")));
        change(() -> api.send("PUT", path("/phases/UTOPIA/settings"), facilitator,
                Map.of("privateWriting", false, "anonymous", false, "hiddenTallies", false)));
        change(() -> api.post(path("/advance"), facilitator, Map.of("expectedPhase", "CRITIQUE")));
        change(() -> api.post(path("/ideas"), ana.token(), Map.of("ideaId", "tram", "text", "Un tram",
                "inspiredBy", List.of("buses"))));
        change(() -> api.post(path("/objections"), ben.token(), Map.of("text", "Jamais financé")));
        change(() -> api.delete(path("/ideas/bikes"), facilitator));
        change(() -> api.post(path("/advance"), facilitator, Map.of("expectedPhase", "UTOPIA")));
        change(() -> api.post(path("/proposals"), ana.token(), Map.of("proposalId", "tram-project",
                "title", "Un tram partagé", "derivedFrom", List.of("tram"))));
        change(() -> api.post("/api/proposals/tram-project/commitments", ana.token(), Map.of()));
        change(() -> api.post("/api/proposals/tram-project/commitments", ben.token(), Map.of()));
        change(() -> api.post(path("/advance"), facilitator, Map.of("expectedPhase", "REALIZATION")));

        assertThat(kept.get("evaluator").size()).as("boards kept").isGreaterThan(20);
        kept.forEach((audience, boards) -> boards.forEach((version, live) -> {
            Response past = api.get(path("/board?at=" + version), audiences.get(audience));
            assertThat(past.status()).isEqualTo(200);
            assertThat(withoutServerTime(past.body())).as(audience + " at " + version).isEqualTo(live);
        }));
    }

    private void change(Supplier<Response> call) {
        Response response = call.get();
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 299);
        keepLiveBoards();
    }

    private void keepLiveBoards() {
        audiences.forEach((audience, token) -> {
            JsonNode board = api.get(path("/board"), token).body();
            kept.computeIfAbsent(audience, a -> new TreeMap<>()).put(board.path("version").asLong(),
                    withoutServerTime(board));
        });
    }

    /** When the board was read is the only thing that differs between two reads of one board. */
    private static JsonNode withoutServerTime(JsonNode board) {
        ObjectNode copy = board.deepCopy();
        copy.remove("serverTime");
        return copy;
    }

    private String path(String call) {
        return "/api/workshops/" + workshop.id() + call;
    }
}
