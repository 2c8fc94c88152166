package org.atelier.web.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.atelier.web.ApiClient;
import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest.Participant;
import org.atelier.web.ApiTest.Workshop;

/**
 * A workshop run over the API for the evaluators' calls: two organisations, an anonymous
 * CRITIQUE (two critiques, clustered, voted on), then an open UTOPIA with one dream.
 */
public record AuditedWorkshop(Workshop workshop, Participant ana, Participant ben, String clusterId) {

    public static final String BUSES = "Trop peu de bus le dimanche; \"vraiment\"\nà Firminy";
    public static final String BIKES = "=Pas de piste cyclable";
    public static final String TRAM = "Un tram jusqu'à Saint-Chamond";

    /** Runs the story with the calls a real room makes. */
    public static AuditedWorkshop run(ApiClient api, Workshop workshop, Participant ana, Participant ben) {
        String path = "/api/workshops/" + workshop.id();
        String facilitator = workshop.facilitatorToken();
        expect(api.send("PUT", path + "/phases/CRITIQUE/settings", facilitator, Map.of("anonymous", true)), 200);
        expect(api.post(path + "/advance", facilitator, Map.of("expectedPhase", "PREPARATION")), 200);
        expect(api.post(path + "/ideas", ana.token(), Map.of("ideaId", "buses-" + workshop.id(), "text", BUSES)), 201);
        expect(api.post(path + "/ideas", ben.token(), Map.of("ideaId", "bikes-" + workshop.id(), "text", BIKES)), 201);
        expect(api.post(path + "/advance-step", facilitator, Map.of("expectedStep", "COLLECT")), 200);
        String clusterId = expect(api.post(path + "/clusters", facilitator, Map.of("title", "Mobilité",
                "ideaIds", List.of("buses-" + workshop.id(), "bikes-" + workshop.id()))), 201).text("clusterId");
        expect(api.post(path + "/advance-step", facilitator, Map.of("expectedStep", "CLUSTER")), 200);
        expect(api.post(path + "/votes", ben.token(), Map.of("ideaId", "buses-" + workshop.id())), 201);
        expect(api.post(path + "/votes", ben.token(), Map.of("ideaId", "buses-" + workshop.id())), 201);
        expect(api.post(path + "/votes", ana.token(), Map.of("ideaId", "bikes-" + workshop.id())), 201);
        expect(api.post(path + "/advance", facilitator, Map.of("expectedPhase", "CRITIQUE")), 200);
        expect(api.post(path + "/ideas", ana.token(), Map.of("ideaId", "tram-" + workshop.id(), "text", TRAM)), 201);
        return new AuditedWorkshop(workshop, ana, ben, clusterId);
    }

    public String buses() {
        return "buses-" + workshop.id();
    }

    public String bikes() {
        return "bikes-" + workshop.id();
    }

    public String tram() {
        return "tram-" + workshop.id();
    }

    public String path(String call) {
        return "/api/workshops/" + workshop.id() + call;
    }

    private static Response expect(Response response, int status) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        return response;
    }
}
