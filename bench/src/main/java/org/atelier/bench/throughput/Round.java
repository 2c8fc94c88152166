package org.atelier.bench.throughput;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.HdrHistogram.Histogram;
import org.atelier.bench.Audience;
import org.atelier.bench.Inbox;
import org.atelier.bench.StompScreens;
import org.atelier.bench.crash.AppProcess;
import org.atelier.bench.crash.Http;
import org.springframework.web.socket.client.WebSocketClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One round of load: its workshops set up, a screen following each from before the first command
 * to after the last, the writers spread over the workshops (writer i in workshop i mod n), each
 * sending one command at a time through the window; then every screen checked.
 */
final class Round {

    /** How long the screens may take, after the last answer, to receive every acknowledged change. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration SCREEN_TIMEOUT = Duration.ofSeconds(30);
    private static final long JOIN_MILLIS = 60_000;

    /**
     * What a round gives; {@link #passed()} when nothing failed and every screen is intact.
     * {@code acknowledged}, {@code refused}, {@code throttled} and the answers count the measured
     * seconds; {@code acknowledgedByKind} and {@code failed} the whole round, warm-up included.
     * {@code drainSeconds} is from the writers' last answer to the last change's arrival on a screen.
     */
    record Result(String name, int workshops, int writers, double seconds, long acknowledged, long refused,
                  long throttled, long failed, List<String> failures, Map<Kind, Long> acknowledgedByKind,
                  Map<Kind, Histogram> answersByKind, Histogram answers, CpuShare cpu,
                  List<ScreenCheck.Findings> screens, double drainSeconds) {

        double perSecond() {
            return acknowledged / seconds;
        }

        boolean passed() {
            return failed == 0 && screens.size() == workshops && screens.stream().allMatch(ScreenCheck.Findings::intact);
        }
    }

    /** Where the round runs: the application, its API and the WebSocket client of the screens. */
    record Stage(AppProcess app, Http http, WebSocketClient webSocket, String stompUrl, String organiserKey,
                 ObjectMapper json) {
    }

    /**
     * A workshop of the round, the screen that follows it, the board's version it read once
     * subscribed, and its writers (added once the screens follow).
     */
    private record Followed(Room room, Audience audience, StompScreens screen, long boardVersion,
                            List<Writer> writers) {
    }

    private final String name;
    private final int workshops;
    private final int writers;
    private final Duration warmUp;
    private final Duration measured;
    private final long seed;

    Round(String name, int workshops, int writers, Duration warmUp, Duration measured, long seed) {
        this.name = name;
        this.workshops = workshops;
        this.writers = writers;
        this.warmUp = warmUp;
        this.measured = measured;
        this.seed = seed;
    }

    Result run(Stage stage, String tag) throws Exception {
        List<Room> rooms = prepare(stage, tag);
        List<Followed> followed = new ArrayList<>();
        try {
            for (Room room : rooms) {
                followed.add(follow(stage, room));
            }
            Window window = Window.startingNow(warmUp, measured);
            List<Thread> threads = new ArrayList<>();
            for (Followed workshop : followed) {
                for (Room.Seat seat : workshop.room().seats()) {
                    Writer writer = new Writer(workshop.room(), seat, stage.http(), new Random(seed + threads.size()),
                            window);
                    workshop.writers().add(writer);
                    Thread thread = new Thread(writer, seat.name());
                    thread.setDaemon(true);
                    threads.add(thread);
                }
            }
            threads.forEach(Thread::start);
            window.sleepUntil(window.measuredFromNanos());
            CpuShare.Sample before = CpuShare.sample(stage.app());
            window.sleepUntil(window.endNanos());
            CpuShare cpu = before.until(CpuShare.sample(stage.app()));
            for (Thread thread : threads) {
                thread.join(JOIN_MILLIS);
            }
            return check(stage, window, followed, cpu);
        } finally {
            followed.forEach(f -> f.screen().close());
        }
    }

    /** The workshops, each with its writers' seats: writer i in workshop i mod n. */
    private List<Room> prepare(Stage stage, String tag) throws IOException, InterruptedException {
        List<Room> rooms = new ArrayList<>();
        for (int r = 0; r < workshops; r++) {
            List<String> names = new ArrayList<>();
            for (int i = r; i < writers; i += workshops) {
                names.add(tag + "-w" + i);
            }
            rooms.add(Room.prepare(stage.http(), stage.organiserKey(), "Throughput " + tag + " " + r, names));
        }
        return rooms;
    }

    /** A screen subscribed (receipt received), then the board read, as API.md says a client starts. */
    private static Followed follow(Stage stage, Room room) throws Exception {
        Audience audience = new Audience();
        StompScreens screen = StompScreens.open(stage.webSocket(), stage.stompUrl(), room.evaluatorToken(),
                room.workshopId(), 1, audience, SCREEN_TIMEOUT);
        long boardVersion = stage.http().get(room.path("/board"), room.evaluatorToken()).expect(200).body()
                .path("version").asLong();
        return new Followed(room, audience, screen, boardVersion, new ArrayList<>());
    }

    /** Waits until every screen has as many changes as were acknowledged in its workshop, then checks each. */
    private Result check(Stage stage, Window window, List<Followed> followed, CpuShare cpu)
            throws IOException, InterruptedException {
        long lastAnswer = System.nanoTime();
        long deadline = lastAnswer + DRAIN_TIMEOUT.toNanos();
        for (Followed workshop : followed) {
            long expected = workshop.writers().stream().mapToLong(writer -> writer.journal().expected()).sum();
            workshop.audience().awaitTotal(expected, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        long lastArrival = lastAnswer;
        List<ScreenCheck.Findings> findings = new ArrayList<>();
        for (Followed workshop : followed) {
            List<Inbox.Arrival> arrivals = workshop.audience().inboxes().stream()
                    .flatMap(inbox -> inbox.arrivals().stream()).toList();
            lastArrival = Math.max(lastArrival, arrivals.stream().mapToLong(Inbox.Arrival::nanos).max().orElse(0));
            findings.add(ScreenCheck.check(workshop.room().workshopId(), workshop.boardVersion(), arrivals,
                    workshop.writers().stream().map(Writer::journal).toList(),
                    storeHead(stage, workshop.room(), workshop.boardVersion()), workshop.audience().transportErrors(),
                    stage.json()));
        }
        return result(window, followed.stream().flatMap(f -> f.writers().stream()).toList(), cpu, findings,
                (lastArrival - lastAnswer) / 1e9);
    }

    private Result result(Window window, List<Writer> all, CpuShare cpu, List<ScreenCheck.Findings> findings,
                          double drainSeconds) {
        Map<Kind, Histogram> byKind = new EnumMap<>(Kind.class);
        Map<Kind, Long> acknowledgedByKind = new EnumMap<>(Kind.class);
        List<String> failures = new ArrayList<>();
        for (Writer writer : all) {
            writer.answers().forEach((kind, histogram) -> byKind.merge(kind, histogram.copy(), (a, b) -> {
                a.add(b);
                return a;
            }));
            writer.acknowledgedByKind().forEach((kind, count) -> acknowledgedByKind.merge(kind, count, Long::sum));
            failures.addAll(writer.failures());
        }
        Histogram answers = new Histogram(3);
        byKind.values().forEach(answers::add);
        return new Result(name, workshops, writers, window.measuredSeconds(),
                all.stream().mapToLong(Writer::measuredAcknowledged).sum(),
                all.stream().mapToLong(Writer::refused).sum(), all.stream().mapToLong(Writer::throttled).sum(),
                all.stream().mapToLong(Writer::failed).sum(), failures, acknowledgedByKind, byKind, answers, cpu,
                findings, drainSeconds);
    }

    /** The workshop's last position in the event store (its history), reading on from the board's version. */
    private static long storeHead(Stage stage, Room room, long from) throws IOException, InterruptedException {
        long head = from;
        String after = String.valueOf(from);
        while (after != null) {
            JsonNode page = stage.http().get(room.path("/history?limit=1000&after=" + after), room.evaluatorToken())
                    .expect(200).body();
            for (JsonNode event : page.path("events")) {
                head = Math.max(head, event.path("position").asLong());
            }
            after = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asText();
        }
        return head;
    }
}
