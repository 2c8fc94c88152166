package org.atelier.bench.throughput;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.atelier.bench.crash.Http;

/**
 * One client of the load: sends one command at a time, each after the previous one's answer, for
 * as long as the window is open, drawing its kind from the mix. It keeps what it was told: the
 * changes acknowledged, in its order (a screen must show exactly these, in this order), the
 * commands refused (409: a rule said no), throttled (429) or failed (any other answer, or none),
 * and the answer times of the commands it started in the measured part of the window.
 */
final class Writer implements Runnable {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);
    private static final int KEPT_FAILURES = 5;

    /** A command ready to send, and the change it records once acknowledged. */
    private record Command(Kind kind, Change change, Call call) {
    }

    private interface Call {
        Http.Answer send() throws IOException, InterruptedException;
    }

    private final Room room;
    private final Room.Seat seat;
    private final Http http;
    private final Random random;
    private final Window window;

    private boolean dotOnPin;
    private int clusterOfPin;
    private int ideas;

    private final List<Change> acknowledged = new ArrayList<>();
    private Change unanswered;
    private final Map<Kind, Histogram> answers = new EnumMap<>(Kind.class);
    private final Map<Kind, Long> acknowledgedByKind = new EnumMap<>(Kind.class);
    private long measuredAcknowledged;
    private long refused;
    private long throttled;
    private long failed;
    private final List<String> failures = new ArrayList<>();

    Writer(Room room, Room.Seat seat, Http http, Random random, Window window) {
        this.room = room;
        this.seat = seat;
        this.http = http;
        this.random = random;
        this.window = window;
        for (Kind kind : Kind.values()) {
            answers.put(kind, new Histogram(HIGHEST_MICROS, 3));
        }
    }

    @Override
    public void run() {
        while (window.open()) {
            Command command = next(Kind.draw(random));
            long started = System.nanoTime();
            Http.Answer answer;
            try {
                answer = command.call().send();
            } catch (IOException noAnswer) {
                // Recorded or not, nobody knows: what this writer would send next may no longer fit.
                unanswered = command.change();
                failed++;
                keep(command.kind() + " got no answer: " + noAnswer);
                return;
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            }
            long took = System.nanoTime() - started;
            boolean measured = window.measures(started);
            if (answer.ok()) {
                acknowledged.add(command.change());
                acknowledgedByKind.merge(command.kind(), 1L, Long::sum);
                applied(command.kind());
                if (measured) {
                    measuredAcknowledged++;
                    answers.get(command.kind()).recordValue(Math.min(HIGHEST_MICROS, took / 1000));
                }
            } else if (answer.status() == 409) {
                refused += measured ? 1 : 0;
            } else if (answer.status() == 429) {
                throttled += measured ? 1 : 0;
            } else {
                failed++;
                keep(command.kind() + " answered " + answer.status() + ": " + answer.body());
            }
        }
    }

    /** The body of an idea's POST, the same for every writer of the throughput benches. */
    static Map<String, Object> idea(String ideaId) {
        return Map.of("ideaId", ideaId, "text", "Idée " + ideaId + " : un atelier de réparation partagé entre voisins,"
                + " ouvert le samedi");
    }

    private Command next(Kind kind) {
        return switch (kind) {
            case IDEA -> {
                String ideaId = seat.name() + "-" + ideas++;
                yield new Command(kind, Change.posted(ideaId), () -> http.post(room.path("/ideas"), seat.token(),
                        idea(ideaId)));
            }
            case DOT -> dotOnPin
                    ? new Command(kind, Change.dotTakenBack(seat.pin()),
                            () -> http.delete(room.path("/votes/" + seat.pin()), seat.token()))
                    : new Command(kind, Change.dotCast(seat.pin()),
                            () -> http.post(room.path("/votes"), seat.token(), Map.of("ideaId", seat.pin())));
            case MOVE -> {
                String to = room.clusters().get(1 - clusterOfPin);
                yield new Command(kind, Change.moved(seat.pin(), to), () -> http.put(
                        room.path("/ideas/" + seat.pin() + "/cluster"), room.facilitatorToken(),
                        Map.of("clusterId", to)));
            }
        };
    }

    /** The writer's own picture of its pin, which decides its next dot and move. */
    private void applied(Kind kind) {
        switch (kind) {
            case DOT -> dotOnPin = !dotOnPin;
            case MOVE -> clusterOfPin = 1 - clusterOfPin;
            case IDEA -> {
                // A new idea changes nothing the writer decides on.
            }
        }
    }

    private void keep(String failure) {
        if (failures.size() < KEPT_FAILURES) {
            failures.add(seat.name() + ": " + failure);
        }
    }

    /** What this writer was told; read once it has stopped. */
    Journal journal() {
        return new Journal(seat.name(), acknowledged, unanswered);
    }

    Map<Kind, Histogram> answers() {
        return answers;
    }

    /** Every command acknowledged, warm-up included, by kind. */
    Map<Kind, Long> acknowledgedByKind() {
        return acknowledgedByKind;
    }

    long measuredAcknowledged() {
        return measuredAcknowledged;
    }

    long refused() {
        return refused;
    }

    long throttled() {
        return throttled;
    }

    long failed() {
        return failed;
    }

    List<String> failures() {
        return failures;
    }
}
