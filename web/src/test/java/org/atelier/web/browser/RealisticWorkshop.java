package org.atelier.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.atelier.web.ApiClient;
import org.atelier.web.ApiTest.Participant;
import org.atelier.web.ApiTest.Workshop;

/**
 * A workshop of the size a real one reaches, run through the API as a room runs it: twelve people
 * of four organisations write 36 critiques and 24 dreams (some edited), the facilitator gathers
 * them in clusters, everyone spends three dots in each phase, an objection is parked, and four
 * projects are proposed from dreams, critiques and a cluster and committed to by three
 * organisations each, which forms four partnerships: about 250 changes, ending in REALIZATION.
 * People write at the same time, as in a room: their calls run side by side. Built once per run of
 * the suite and read by the tests that need its size (none of them changes it).
 */
final class RealisticWorkshop {

    static final int PEOPLE = 12;
    static final int ORGANISATIONS = 4;
    static final int CRITIQUES = 36;
    static final int DREAMS = 24;
    static final int PROJECTS = 4;

    private static Built built;
    /** The port of the application it was run on: another application (a test context of its own) has not got it. */
    private static int builtOn;

    private final ApiClient api;
    private final Workshop workshop;
    private final List<Participant> people;
    private final String path;
    private final List<String> clusters = new ArrayList<>();

    /** The workshop and who took part, their organisations' names in the order people joined. */
    record Built(Workshop workshop, List<Participant> people, List<String> organisationNames) {
    }

    private RealisticWorkshop(ApiClient api, Workshop workshop, List<Participant> people) {
        this.api = api;
        this.workshop = workshop;
        this.people = people;
        this.path = "/api/workshops/" + workshop.id();
    }

    /** The workshop on the application at that port, run the first time a test asks for it there. */
    static synchronized Built once(ApiClient api, String organiserKey, int port) {
        if (built == null || builtOn != port) {
            builtOn = port;
            List<String> names = new ArrayList<>();
            List<String> organisations = new ArrayList<>();
            for (int index = 0; index < ORGANISATIONS; index++) {
                String name = List.of("Ecolab Loire", "Tisser Solidaire", "Numérique Ensemble", "Ressourcerie du Gier").get(index)
                        + " " + UUID.randomUUID().toString().substring(0, 4);
                ApiClient.Response registered = api.post("/api/organisations", organiserKey,
                        Map.of("name", name, "commune", "Saint-Étienne", "ess", true));
                expect(registered, 201);
                names.add(name);
                organisations.add(registered.text("organisationId"));
            }
            ApiClient.Response scheduled = api.post("/api/workshops", organiserKey,
                    Map.of("title", "Atelier numérique — Loire Sud", "theme", "Numérique", "programme", "PROCESS 2026"));
            expect(scheduled, 201);
            Workshop workshop = new Workshop(scheduled.text("workshopId"), scheduled.text("joinCode"),
                    scheduled.text("facilitatorToken"), scheduled.text("evaluatorToken"));
            List<Participant> people = new ArrayList<>();
            for (int index = 0; index < PEOPLE; index++) {
                String organisation = organisations.get(index % ORGANISATIONS);
                ApiClient.Response joined = api.post("/api/join", null, Map.of("joinCode", workshop.joinCode(),
                        "displayName", List.of("Amélie", "Bruno", "Chloé", "Driss", "Élise", "Fatou", "Gaspard",
                                "Hélène", "Inès", "Jules", "Karim", "Léa").get(index), "organisationId", organisation));
                expect(joined, 201);
                people.add(new Participant(joined.text("participantId"), joined.text("token"), organisation));
            }
            new RealisticWorkshop(api, workshop, people).run();
            built = new Built(workshop, List.copyOf(people),
                    people.stream().map(person -> names.get(organisations.indexOf(person.organisationId()))).toList());
        }
        return built;
    }

    private void run() {
        advance("PREPARATION");
        List<String> critiques = phase("Critique", CRITIQUES, index -> List.of());
        advance("CRITIQUE");
        List<String> dreams = phase("Utopie", DREAMS, index -> List.of(critiques.get(index % critiques.size())));
        expect(api.post(path + "/objections", people.get(1).token(), Map.of("objectionId", UUID.randomUUID().toString(),
                "text", "Et qui paiera l'assurance du matériel prêté ?")), 201);
        advance("UTOPIA");
        side(PROJECTS, index -> {
            String proposal = UUID.randomUUID().toString();
            expect(api.post(path + "/proposals", people.get(index).token(), Map.of("proposalId", proposal,
                    "title", "Projet commun n° " + (index + 1),
                    "description", "Prêter et reconditionner le matériel des structures du territoire",
                    "derivedFrom", List.of(dreams.get(index), critiques.get(index)),
                    "derivedFromClusters", List.of(clusters.get(index)),
                    "conditions", Map.of("resources", "80 m² et un mi-temps", "obstacles", "L'assurance du matériel",
                            "firstSteps", "Un inventaire commun", "timeline", "15 000 € sur six mois"))), 201);
            // Three people of three organisations commit their organisations, which forms the partnership.
            for (int next = 0; next < 3; next++) {
                expect(api.post("/api/proposals/" + proposal + "/commitments",
                        people.get(index + next).token(), Map.of()), 201);
            }
            return proposal;
        });
    }

    /** One phase: its ideas written by everyone at once, a few edited, clustered in fives, three dots each. */
    private List<String> phase(String name, int count, IntFunction<List<String>> inspiredBy) {
        List<String> ideas = side(count, index -> {
            String id = UUID.randomUUID().toString();
            expect(api.post(path + "/ideas", author(index).token(), Map.of("ideaId", id,
                    "text", name + " n° " + (index + 1) + " : les structures du territoire manquent de moyens partagés",
                    "inspiredBy", inspiredBy.apply(index))), 201);
            if (index % 7 == 0) {
                expect(api.patch(path + "/ideas/" + id, author(index).token(),
                        Map.of("text", name + " n° " + (index + 1) + ", reprise après discussion")), 200);
            }
            return id;
        });
        String facilitator = workshop.facilitatorToken();
        expect(api.post(path + "/advance-step", facilitator, Map.of("expectedStep", "COLLECT")), 200);
        for (int first = 0; first < count; first += 6) {
            clusters.add(expect(api.post(path + "/clusters", facilitator, Map.of("title", name + " : thème " + (first / 6 + 1),
                    "ideaIds", ideas.subList(first, Math.min(count, first + 5)))), 201).text("clusterId"));
        }
        expect(api.post(path + "/advance-step", facilitator, Map.of("expectedStep", "CLUSTER")), 200);
        side(PEOPLE, index -> {
            for (int dot = 0; dot < 3; dot++) {
                expect(api.post(path + "/votes", people.get(index).token(),
                        Map.of("ideaId", ideas.get((index * 5 + dot * 11) % count))), 201);
            }
            return null;
        });
        expect(api.post(path + "/advance-step", facilitator, Map.of("expectedStep", "VOTE")), 200);
        return ideas;
    }

    private Participant author(int index) {
        return people.get(index % people.size());
    }

    private void advance(String from) {
        expect(api.post(path + "/advance", workshop.facilitatorToken(), Map.of("expectedPhase", from)), 200);
    }

    /** Runs `count` calls side by side, as people in a room do, and answers their results in order. */
    private static <T> List<T> side(int count, IntFunction<T> call) {
        ExecutorService room = Executors.newFixedThreadPool(6);
        try {
            List<Future<T>> calls = new ArrayList<>();
            for (int index = 0; index < count; index++) {
                int each = index;
                calls.add(room.submit(() -> call.apply(each)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : calls) {
                results.add(result.get());
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            room.shutdownNow();
        }
    }

    private static ApiClient.Response expect(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        return response;
    }
}
