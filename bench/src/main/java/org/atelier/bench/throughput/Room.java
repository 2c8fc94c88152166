package org.atelier.bench.throughput;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atelier.bench.crash.Http;

/**
 * One workshop set up so that the whole mix is accepted: CRITIQUE open at its VOTE step. Ideas
 * may be posted in any step of an open phase, dots go only on ideas of the phase now open and only
 * during VOTE, and the facilitator may move an idea between the phase's clusters in any step (the
 * rules of the command-side {@code Workshop}). Each writer has joined as a participant and posted
 * one idea of its own, its pin: it puts a dot on it and takes it back, and moves it between the two
 * clusters, so every command it sends records exactly one event and nobody else's command changes
 * what its next one does.
 */
record Room(String workshopId, String facilitatorToken, String evaluatorToken, List<String> clusters,
            List<Seat> seats) {

    /** One writer's place in the room: its participant token and its pinned idea. */
    record Seat(String name, String token, String pin) {
    }

    /**
     * @param names the writers' names; each is also the prefix of its ideas' ids, so a message tells
     *              whose command it answers
     */
    static Room prepare(Http http, String organiserKey, String title, List<String> names)
            throws IOException, InterruptedException {
        String organisationId = http.post("/api/organisations", organiserKey, Map.of("name", title + " coop",
                "commune", "Saint-Étienne", "ess", true)).expect(201).text("organisationId");
        Http.Answer scheduled = http.post("/api/workshops", organiserKey, Map.of("title", title,
                "theme", "How many changes a second reach every screen?")).expect(201);
        String workshopId = scheduled.text("workshopId");
        String facilitator = scheduled.text("facilitatorToken");
        List<String> tokens = new ArrayList<>();
        for (String name : names) {
            tokens.add(http.post("/api/join", null, Map.of("joinCode", scheduled.text("joinCode"),
                    "displayName", name, "organisationId", organisationId)).expect(201).text("token"));
        }
        String path = "/api/workshops/" + workshopId;
        http.post(path + "/advance", facilitator, Map.of("expectedPhase", "PREPARATION")).expect(200);
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String pin = names.get(i) + "-pin";
            http.post(path + "/ideas", tokens.get(i), Map.of("ideaId", pin,
                    "text", "L'idée que " + names.get(i) + " soutient puis retire")).expect(201);
            seats.add(new Seat(names.get(i), tokens.get(i), pin));
        }
        List<String> clusters = List.of(
                http.post(path + "/clusters", facilitator, Map.of("title", "Mobilité",
                        "ideaIds", seats.stream().map(Seat::pin).toList())).expect(201).text("clusterId"),
                http.post(path + "/clusters", facilitator, Map.of("title", "Emploi", "ideaIds", List.of()))
                        .expect(201).text("clusterId"));
        for (String step : List.of("COLLECT", "CLUSTER")) {
            http.post(path + "/advance-step", facilitator, Map.of("expectedStep", step)).expect(200);
        }
        return new Room(workshopId, facilitator, scheduled.text("evaluatorToken"), clusters, seats);
    }

    String path(String rest) {
        return "/api/workshops/" + workshopId + rest;
    }
}
