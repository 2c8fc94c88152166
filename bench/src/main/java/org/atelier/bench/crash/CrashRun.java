package org.atelier.bench.crash;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import org.atelier.bench.crash.Http.Answer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Crash cycles as an operator would cause them: the packaged application under a stream of
 * commands from several threads, killed with SIGKILL at a random moment, started again on the same
 * data folder. After each restart it checks that every acknowledged command's event is in the
 * store and none twice, that a write is answered at once, that every board caught up, that every
 * read model equals a rebuild from the event store, and that a screen that followed the room got
 * each change once, in order.
 */
public final class CrashRun {

    private static final String ORGANISER_KEY = "crash-organiser-key";
    private static final Duration CONVERGE_LIMIT = Duration.ofSeconds(60);

    /**
     * One kill and restart: the commands acknowledged and left unanswered in this cycle, the lost
     * and doubled ones of the whole run so far; {@code problems} is empty when it went as it must.
     */
    public record Cycle(int number, int acknowledged, int unanswered, int lost, int doubled, double startSeconds,
                        long firstWriteMillis, double convergeSeconds, Boolean identical, long screenApplied,
                        List<String> problems) {

        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private final Path jar;
    private final Path dataDir;
    private final int cycles;
    private final Random random;
    private final PrintStream out;

    public CrashRun(Path jar, Path dataDir, int cycles, long seed, PrintStream out) {
        this.jar = jar;
        this.dataDir = dataDir;
        this.cycles = cycles;
        this.random = new Random(seed);
        this.out = out;
    }

    public List<Cycle> run() throws Exception {
        AppProcess app = new AppProcess(jar, dataDir, ORGANISER_KEY);
        Ledger ledger = new Ledger();
        CrashRoom room = new CrashRoom(ORGANISER_KEY, ledger);
        List<Cycle> done = new ArrayList<>();
        try {
            app.start();
            Http http = new Http(app.port());
            room.prepare(http);
            Map<String, Long> since = new HashMap<>();
            for (CrashRoom.Workshop workshop : room.workshops()) {
                since.put(workshop.id(), lastPosition(http, workshop, 0));
            }
            int acknowledgedBefore = 0;
            int unansweredBefore = 0;
            for (int number = 1; number <= cycles; number++) {
                Cycle cycle = cycle(number, app, http, room, ledger, since, acknowledgedBefore, unansweredBefore);
                acknowledgedBefore += cycle.acknowledged();
                unansweredBefore += cycle.unanswered();
                done.add(cycle);
                out.printf("cycle %2d: %4d acknowledged, %d unanswered, lost %d, doubled %d, started in %.1f s, "
                                + "boards caught up %.1f s after ready, first write then %d ms, identical to a rebuild: %s, "
                                + "screen applied %d%s%n", number, cycle.acknowledged(), cycle.unanswered(),
                        cycle.lost(), cycle.doubled(), cycle.startSeconds(), cycle.convergeSeconds(),
                        cycle.firstWriteMillis(), cycle.identical(), cycle.screenApplied(),
                        cycle.passed() ? "" : " PROBLEMS " + cycle.problems());
                http = new Http(app.port());
            }
        } finally {
            app.stop();
        }
        return done;
    }

    private Cycle cycle(int number, AppProcess app, Http http, CrashRoom room, Ledger ledger, Map<String, Long> since,
                        int acknowledgedBefore, int unansweredBefore) throws Exception {
        List<String> problems = new ArrayList<>();
        String proposalId = room.proposeFor(http, number);
        CrashRoom.Workshop votes = room.workshops().get(1);
        JsonNode votesBoard = board(http, votes);
        FollowingScreen screen = new FollowingScreen();
        screen.follow(app.port(), room.ideas().facilitatorToken(), room.ideas().id());
        screen.boardRead(board(http, room.ideas()).path("version").asLong());

        AtomicBoolean going = new AtomicBoolean(true);
        List<Thread> threads = room.load(http, number, proposalId, votesBoard, going);
        threads.forEach(Thread::start);
        Thread.sleep(500 + random.nextInt(3000));
        app.kill();
        going.set(false);
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        problems.addAll(screen.problems());
        long screenApplied = screen.applied();
        screen.close();
        keepAsKilled(number);

        Duration start = app.start();
        Http restarted = new Http(app.port());
        Instant ready = Instant.now();
        for (CrashRoom.Workshop workshop : room.workshops()) {
            converged(restarted, workshop, problems);
        }
        double convergeSeconds = Duration.between(ready, Instant.now()).toMillis() / 1000.0;
        Instant sent = Instant.now();
        Answer probe = room.probe(restarted, number);
        long firstWrite = Duration.between(sent, Instant.now()).toMillis();
        if (probe.status() != 201) {
            problems.add("the first write after the restart answered " + probe.status());
        }
        if (firstWrite >= 3000) {
            problems.add("the first write after the restart took " + firstWrite + " ms");
        }
        Map<String, List<Ledger.Fact>> facts = new HashMap<>();
        for (CrashRoom.Workshop workshop : room.workshops()) {
            long head = converged(restarted, workshop, problems);
            facts.put(workshop.id(), factsSince(restarted, workshop, since.get(workshop.id()), head));
        }
        Ledger.Findings findings = ledger.check(facts);
        problems.addAll(findings.problems());
        Boolean identical = rebuildIsIdentical(restarted, problems);
        JsonNode health = restarted.get("/actuator/health", null).body().path("components").path("processing");
        if (!"UP".equals(health.path("status").asText())) {
            problems.add("processing health after the restart: " + health);
        }
        return new Cycle(number, findings.acknowledged() - acknowledgedBefore,
                findings.unanswered() - unansweredBefore, findings.lost(),
                findings.doubled(), start.toMillis() / 1000.0, firstWrite, convergeSeconds, identical, screenApplied,
                problems);
    }

    /** A copy of the stores as the kill left them, to look into when a cycle finds a problem. */
    private void keepAsKilled(int number) throws IOException {
        Path copy = dataDir.resolve("as-killed-" + number);
        Files.createDirectories(copy);
        for (String store : List.of("events.mv.db", "read-models.mv")) {
            Files.copy(dataDir.resolve(store), copy.resolve(store));
        }
    }

    /** Waits until the workshop's board shows the last event of its history; answers that position. */
    private static long converged(Http http, CrashRoom.Workshop workshop, List<String> problems)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(CONVERGE_LIMIT);
        while (true) {
            long head = lastPosition(http, workshop, 0);
            long version = board(http, workshop).path("version").asLong();
            if (version == head) {
                return head;
            }
            if (Instant.now().isAfter(deadline)) {
                problems.add("the board of " + workshop.id() + " stayed at " + version + " of " + head
                        + "; dead letters " + http.get("/api/admin/dead-letters", ORGANISER_KEY).body()
                        + "; processing " + http.get("/actuator/health", null).body().path("components")
                        .path("processing"));
                return head;
            }
            Thread.sleep(100);
        }
    }

    private static JsonNode board(Http http, CrashRoom.Workshop workshop) throws IOException, InterruptedException {
        return http.get("/api/workshops/" + workshop.id() + "/board", workshop.facilitatorToken()).expect(200).body();
    }

    private static long lastPosition(Http http, CrashRoom.Workshop workshop, long after)
            throws IOException, InterruptedException {
        long last = after;
        for (JsonNode event : history(http, workshop, after)) {
            last = event.path("position").asLong();
        }
        return last;
    }

    private static List<Ledger.Fact> factsSince(Http http, CrashRoom.Workshop workshop, long after, long upTo)
            throws IOException, InterruptedException {
        List<Ledger.Fact> facts = new ArrayList<>();
        for (JsonNode event : history(http, workshop, after)) {
            Ledger.Fact fact = Ledger.factOf(event);
            if (fact != null && fact.position() <= upTo) {
                facts.add(fact);
            }
        }
        return facts;
    }

    /** The workshop's events after a position, read from the event store, every page. */
    private static List<JsonNode> history(Http http, CrashRoom.Workshop workshop, long after)
            throws IOException, InterruptedException {
        List<JsonNode> events = new ArrayList<>();
        String next = String.valueOf(after);
        while (next != null) {
            JsonNode page = http.get("/api/workshops/" + workshop.id() + "/history?limit=1000&after=" + next,
                    workshop.facilitatorToken()).expect(200).body();
            page.path("events").forEach(events::add);
            next = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asText();
        }
        return events;
    }

    /** Every read model compared with one rebuilt from the event store, field by field. */
    private static Boolean rebuildIsIdentical(Http http, List<String> problems) throws IOException, InterruptedException {
        http.post("/api/admin/rebuild", ORGANISER_KEY, Map.of()).expect(202);
        Instant deadline = Instant.now().plus(CONVERGE_LIMIT);
        JsonNode status;
        do {
            Thread.sleep(100);
            status = http.get("/api/admin/rebuild", ORGANISER_KEY).expect(200).body();
        } while ("RUNNING".equals(status.path("state").asText()) && Instant.now().isBefore(deadline));
        if (!"DONE".equals(status.path("state").asText()) || !status.path("identical").asBoolean(false)
                || !status.path("notCompared").isEmpty()) {
            problems.add("rebuild: " + status);
            return status.path("identical").isBoolean() ? status.path("identical").asBoolean() : null;
        }
        return true;
    }
}
