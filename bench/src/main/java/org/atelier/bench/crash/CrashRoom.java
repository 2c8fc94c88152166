package org.atelier.bench.crash;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.atelier.bench.crash.Http.Answer;
import org.atelier.bench.crash.Ledger.Op;
import org.atelier.bench.crash.Ledger.Outcome;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Three workshops under a steady stream of commands from several threads: ideas posted in one,
 * dots cast and taken back and ideas moved between clusters in another, organisations committing
 * to a project and withdrawing in the third. Every command and its outcome go to the ledger.
 */
final class CrashRoom {

    record Workshop(String id, String joinCode, String facilitatorToken) {
    }

    record Person(String participantId, String token, String organisationId) {

        String actor() {
            return "participant:" + participantId;
        }
    }

    private final String organiserKey;
    private final Ledger ledger;
    private Workshop ideas;
    private Workshop votes;
    private Workshop projects;
    private final List<Person> posters = new ArrayList<>();
    private final List<Person> voters = new ArrayList<>();
    private final List<Person> committers = new ArrayList<>();
    private Person prober;
    private final List<String> votableIdeas = new ArrayList<>();
    private final List<String> clusters = new ArrayList<>();
    private String projectIdea;

    CrashRoom(String organiserKey, Ledger ledger) {
        this.organiserKey = organiserKey;
        this.ledger = ledger;
    }

    Workshop ideas() {
        return ideas;
    }

    List<Workshop> workshops() {
        return List.of(ideas, votes, projects);
    }

    /** The workshops, their people, ideas to vote on in two clusters, a project's source idea. */
    void prepare(Http http) throws IOException, InterruptedException {
        List<String> organisations = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            organisations.add(http.post("/api/organisations", organiserKey, Map.of("name", "Crash coop " + i + " "
                    + UUID.randomUUID().toString().substring(0, 6), "commune", "Saint-Étienne", "ess", true))
                    .expect(201).text("organisationId"));
        }
        ideas = schedule(http, "Idées sous la panne", Map.of());
        for (int i = 0; i < 3; i++) {
            posters.add(join(http, ideas, "Poster " + i, organisations.get(i)));
        }
        prober = join(http, ideas, "Prober", organisations.get(3));
        advance(http, ideas, "PREPARATION");

        votes = schedule(http, "Votes sous la panne", Map.of("votesPerParticipant", 50));
        voters.add(join(http, votes, "Voter 0", organisations.get(0)));
        voters.add(join(http, votes, "Voter 1", organisations.get(4)));
        advance(http, votes, "PREPARATION");
        for (int i = 0; i < 6; i++) {
            String ideaId = "votable-" + i;
            http.post(path(votes, "/ideas"), voters.get(i % 2).token(), Map.of("ideaId", ideaId, "text", "Idée " + i))
                    .expect(201);
            votableIdeas.add(ideaId);
        }
        step(http, votes, "COLLECT");
        clusters.add(http.post(path(votes, "/clusters"), votes.facilitatorToken(), Map.of("title", "Mobilité",
                "ideaIds", votableIdeas.subList(0, 3))).expect(201).text("clusterId"));
        clusters.add(http.post(path(votes, "/clusters"), votes.facilitatorToken(), Map.of("title", "Emploi",
                "ideaIds", votableIdeas.subList(3, 6))).expect(201).text("clusterId"));
        step(http, votes, "CLUSTER");

        projects = schedule(http, "Projets sous la panne", Map.of());
        committers.add(join(http, projects, "Committer 0", organisations.get(5)));
        committers.add(join(http, projects, "Committer 1", organisations.get(6)));
        for (String phase : List.of("PREPARATION", "CRITIQUE", "UTOPIA")) {
            advance(http, projects, phase);
        }
        projectIdea = "project-source";
        http.post(path(projects, "/ideas"), committers.get(0).token(), Map.of("ideaId", projectIdea,
                "text", "Une conciergerie partagée")).expect(201);
    }

    /** A project of its own for each cycle, so that every commitment of the cycle records something. */
    String proposeFor(Http http, int cycle) throws IOException, InterruptedException {
        String proposalId = "project-" + cycle + "-" + UUID.randomUUID().toString().substring(0, 6);
        http.post(path(projects, "/proposals"), projects.facilitatorToken(), Map.of("proposalId", proposalId,
                "title", "Conciergerie " + cycle, "description", "Partagée entre voisins",
                "derivedFrom", List.of(projectIdea), "leadOrganisationId", committers.get(0).organisationId()))
                .expect(201);
        return proposalId;
    }

    /** A write after a restart, timed by the caller; acknowledged, it goes to the ledger too. */
    Answer probe(Http http, int cycle) throws IOException, InterruptedException {
        String ideaId = "probe-" + cycle;
        Answer answer = http.post(path(ideas, "/ideas"), prober.token(), Map.of("ideaId", ideaId, "text", "Sonde"));
        ledger.record(new Op(ideas.id(), prober.actor(), "IdeaPosted", ideaId,
                answer.ok() ? Outcome.ACKNOWLEDGED : Outcome.REFUSED));
        return answer;
    }

    /** The threads of one cycle's load; they stop at the first command left without an answer. */
    List<Thread> load(Http http, int cycle, String proposalId, JsonNode votesBoard, AtomicBoolean going) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < posters.size(); i++) {
            Person poster = posters.get(i);
            String prefix = "c" + cycle + "-p" + i + "-";
            threads.add(thread(going, n -> send(ideas, poster.actor(), "IdeaPosted", prefix + n,
                    () -> http.post(path(ideas, "/ideas"), poster.token(), Map.of("ideaId", prefix + n,
                            "text", "Idée " + n + " de " + poster.participantId())))));
        }
        for (int i = 0; i < voters.size(); i++) {
            Person voter = voters.get(i);
            String ideaId = votableIdeas.get((cycle + i) % votableIdeas.size());
            threads.add(thread(going, n -> n % 2 == 0
                    ? send(votes, voter.actor(), "VoteCast", ideaId,
                            () -> http.post(path(votes, "/votes"), voter.token(), Map.of("ideaId", ideaId)))
                    : send(votes, voter.actor(), "VoteRetracted", ideaId,
                            () -> http.delete(path(votes, "/votes/" + ideaId), voter.token()))));
        }
        String moved = votableIdeas.get(cycle % votableIdeas.size());
        String from = clusterOf(votesBoard, moved);
        threads.add(thread(going, n -> {
            String to = clusters.get((clusters.indexOf(from) + 1 + n) % clusters.size());
            return send(votes, "facilitator", "IdeaClustered", moved + ">" + to,
                    () -> http.put(path(votes, "/ideas/" + moved + "/cluster"), votes.facilitatorToken(),
                            Map.of("clusterId", to)));
        }));
        for (Person committer : committers) {
            threads.add(thread(going, n -> n % 2 == 0
                    ? send(projects, committer.actor(), "OrganisationCommitted", proposalId,
                            () -> http.post("/api/proposals/" + proposalId + "/commitments", committer.token(), Map.of()))
                    : send(projects, committer.actor(), "CommitmentWithdrawn", proposalId,
                            () -> http.delete("/api/proposals/" + proposalId + "/commitments", committer.token()))));
        }
        return threads;
    }

    private static String clusterOf(JsonNode board, String ideaId) {
        for (JsonNode idea : board.path("ideas")) {
            if (idea.path("ideaId").asText().equals(ideaId)) {
                return idea.path("clusterId").asText();
            }
        }
        throw new IllegalStateException("No idea " + ideaId + " on the board");
    }

    private interface Call {
        Answer send() throws IOException, InterruptedException;
    }

    private interface Step {
        /** @return whether to go on */
        boolean run(int n);
    }

    /** Records the command's outcome; a command left without an answer ends its thread. */
    private boolean send(Workshop workshop, String actor, String type, String key, Call call) {
        try {
            Answer answer = call.send();
            boolean recorded = answer.status() == 201 || answer.status() == 204
                    || (answer.status() == 200 && type.equals("IdeaClustered"));
            ledger.record(new Op(workshop.id(), actor, type, key, recorded ? Outcome.ACKNOWLEDGED : Outcome.REFUSED));
            return true;
        } catch (IOException | InterruptedException noAnswer) {
            ledger.record(new Op(workshop.id(), actor, type, key, Outcome.UNANSWERED));
            return false;
        }
    }

    private static Thread thread(AtomicBoolean going, Step step) {
        Thread thread = new Thread(() -> {
            for (int n = 0; going.get() && step.run(n); n++) {
                // Each step sends one command and waits for its answer.
            }
        });
        thread.setDaemon(true);
        return thread;
    }

    private Workshop schedule(Http http, String title, Map<String, Object> extra) throws IOException, InterruptedException {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("title", title);
        body.put("theme", "Reprise après panne");
        Answer scheduled = http.post("/api/workshops", organiserKey, body).expect(201);
        return new Workshop(scheduled.text("workshopId"), scheduled.text("joinCode"), scheduled.text("facilitatorToken"));
    }

    private static Person join(Http http, Workshop workshop, String name, String organisationId)
            throws IOException, InterruptedException {
        Answer joined = http.post("/api/join", null, Map.of("joinCode", workshop.joinCode(), "displayName", name,
                "organisationId", organisationId)).expect(201);
        return new Person(joined.text("participantId"), joined.text("token"), organisationId);
    }

    private static void advance(Http http, Workshop workshop, String from) throws IOException, InterruptedException {
        http.post(path(workshop, "/advance"), workshop.facilitatorToken(), Map.of("expectedPhase", from)).expect(200);
    }

    private static void step(Http http, Workshop workshop, String from) throws IOException, InterruptedException {
        http.post(path(workshop, "/advance-step"), workshop.facilitatorToken(), Map.of("expectedStep", from)).expect(200);
    }

    private static String path(Workshop workshop, String rest) {
        return "/api/workshops/" + workshop.id() + rest;
    }
}
