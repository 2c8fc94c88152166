package org.atelier.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;
import org.atelier.AtelierApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How long an idea takes from its POST to every screen that follows the workshop, for N screens,
 * next to the floor: the same payload broadcast to the same N clients over bare WebSocket. The
 * real application runs in this JVM on its embedded default, with a fresh data folder; clients
 * and servers share this machine's cores, so every figure includes the clients' own work.
 *
 * <p>Run on demand, not by the test suite: see the README's Performance section.
 */
public final class LiveLatencyBench {

    private static final String ORGANISER_KEY = "bench";
    private static final long P99_GOAL_AT_100_MS = 100;
    private static final long P99_GOAL_AT_1000_MS = 250;
    /** Issue 12: Atelier's p99 at most the floor's p99 plus this, at N = 10 and 100 ... */
    private static final double ALLOWANCE_UP_TO_100_MS = 25;
    /** ... and plus this at N = 1000. */
    private static final double ALLOWANCE_AT_1000_MS = 60;
    private static final double RATIO_GOAL = 2.0;
    /** Descriptors besides the sockets of the clients: jars, H2, the embedded MongoDB, selectors. */
    private static final int SPARE_DESCRIPTORS = 500;
    /** Lets the server finish closing one trial's sessions before the next trial starts. */
    private static final long SETTLE_MILLIS = 1000;

    private final BenchOptions options;
    private final ObjectMapper json = new ObjectMapper();
    private final PrintStream out = System.out;

    private LiveLatencyBench(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.exit(2);
            return;
        }
        int status;
        try {
            status = new LiveLatencyBench(options).run();
        } catch (Exception failure) {
            failure.printStackTrace();
            status = 1;
        }
        // Exit explicitly: client and server thread pools would otherwise keep the JVM up.
        System.exit(status);
    }

    /** Everything a round needs, set up once per run. */
    private record Setup(AtelierApi api, AtelierApi.Workshop workshop, String stompUrl,
                         StandardWebSocketClient webSocket, BareBroadcast floorServer) {

        /** The same clients and servers, following another workshop. */
        Setup following(AtelierApi.Workshop other) {
            return new Setup(api, other, stompUrl, webSocket, floorServer);
        }
    }

    private record Row(int n, Deliveries atelier, Deliveries floor, Histogram answers, Stages stages,
                       Load atelierLoad, Load floorLoad, int atelierBytes, int floorBytes) {
    }

    private int run() throws Exception {
        printMachine();
        int largest = options.audiences().stream().max(Integer::compare).orElseThrow();
        long neededDescriptors = 2L * (largest + 1) + SPARE_DESCRIPTORS;
        if (openFileLimit() > 0 && openFileLimit() < neededDescriptors) {
            out.printf("The open files limit (%d) is below the %d that N=%d needs: raise it (ulimit -n %d).%n",
                    openFileLimit(), neededDescriptors, largest, Math.max(neededDescriptors, 8192));
            return 1;
        }
        Path dataDir = Files.createTempDirectory("atelier-bench-");
        // Loopback only: the benchmark's server is nobody else's business.
        ConfigurableApplicationContext atelier = AtelierApplication.run("--server.port=0",
                "--server.address=127.0.0.1", "--atelier.data-dir=" + dataDir,
                "--atelier.organiser-key=" + ORGANISER_KEY, "--atelier.rate-limit.burst=100000",
                "--atelier.rate-limit.per-second=100000", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off");
        BareBroadcast floorServer = null;
        try {
            int port = ((WebServerApplicationContext) atelier).getWebServer().getPort();
            AtelierApi api = new AtelierApi(port, json);
            StandardWebSocketClient webSocket = new StandardWebSocketClient();
            floorServer = BareBroadcast.start();
            Setup setup = new Setup(api, api.workshopInCritique(ORGANISER_KEY, "Live latency bench"),
                    "ws://127.0.0.1:" + port + "/ws", webSocket, floorServer);

            // The first rounds of a fresh JVM measure its JIT compiler more than the product: after a
            // warm-up round of 60 ideas, four rounds of 110 ideas each at N=10 gave p50s of 10.5, 8.5,
            // 7.4 and 6.8 ms, the request path getting faster as it was compiled. The warm-up round has
            // a workshop of its own, so the measured one's board is the size it would be without it.
            int smallest = options.audiences().stream().min(Integer::compare).orElseThrow();
            out.printf("JVM warm-up round at N=%d: %d ideas on a workshop of their own (not reported)%n", smallest,
                    options.jitWarmUp());
            Setup warmUp = setup.following(api.workshopInCritique(ORGANISER_KEY, "JVM warm-up"));
            measure(smallest, warmUp, options.jitRound());
            List<Row> rows = new ArrayList<>();
            for (int n : options.audiences()) {
                rows.add(measure(n, setup, options));
            }
            printTable(rows);
            return rows.stream().allMatch(row -> row.atelier().intact() && row.floor().intact()) ? 0 : 1;
        } finally {
            if (floorServer != null) {
                floorServer.close();
            }
            atelier.close();
            delete(dataDir);
        }
    }

    private Row measure(int n, Setup setup, BenchOptions round) throws Exception {
        Audience screens = new Audience();
        Trial.Result atelierRun;
        Deliveries atelier;
        try (StompScreens following = StompScreens.open(setup.webSocket(), setup.stompUrl(),
                setup.workshop().evaluatorToken(), setup.workshop().workshopId(), n, screens,
                round.deliveryTimeout())) {
            out.printf("N=%d: %d screens follow the workshop; posting %d + %d ideas%n", n, following.size(),
                    round.warmUp(), round.ideas());
            atelierRun = Trial.run(screens, following.size(),
                    (sequence, id) -> setup.api().postIdea(setup.workshop(), sequence, id), round);
            atelier = Deliveries.check(screens, atelierRun.sent(), json);
        }
        Stages stages = Stages.of(screens, atelierRun.sent(), json);
        JsonNode template = template(screens, atelierRun);
        Thread.sleep(SETTLE_MILLIS);

        Audience clients = new Audience();
        Trial.Result floorRun;
        Deliveries floor;
        try (BareClients bare = BareClients.open(setup.webSocket(), setup.floorServer(), n, clients,
                round.deliveryTimeout())) {
            out.printf("N=%d: %d bare WebSocket clients connected; broadcasting %d + %d messages%n", n, bare.size(),
                    round.warmUp(), round.ideas());
            floorRun = Trial.run(clients, bare.size(), (sequence, id) -> {
                String text = floorMessage(template, sequence, id);
                return () -> bare.publish(text);
            }, round);
            floor = Deliveries.check(clients, floorRun.sent(), json);
        }
        Thread.sleep(SETTLE_MILLIS);
        return new Row(n, atelier, floor, answers(atelierRun), stages, atelierRun.load(), floorRun.load(),
                json.writeValueAsBytes(template).length,
                floorMessage(template, round.warmUp(), UUID.randomUUID().toString())
                        .getBytes(StandardCharsets.UTF_8).length);
    }

    /** How long each measured POST took to be answered: Atelier answers once its board shows the idea. */
    private static Histogram answers(Trial.Result run) {
        Histogram answers = new Histogram(3);
        run.sent().stream().filter(Trial.Sent::measured)
                .forEach(sent -> answers.recordValue(sent.answeredNanos() - sent.nanos()));
        return answers;
    }

    /** One real IdeaPosted message as the screens received it: the floor carries the same content. */
    private JsonNode template(Audience screens, Trial.Result run) throws IOException {
        String measured = run.sent().get(run.sent().size() - 1).id();
        for (Inbox inbox : screens.inboxes()) {
            for (Inbox.Arrival arrival : inbox.arrivals()) {
                JsonNode message = json.readTree(arrival.body());
                if (measured.equals(message.path("payload").path("ideaId").asText())) {
                    return message;
                }
            }
        }
        throw new IllegalStateException("No screen received the last idea: nothing to model the floor's payload on.");
    }

    /** The template with this message's id (same length: both are UUIDs) and its sequence as position. */
    private String floorMessage(JsonNode template, int sequence, String id) throws IOException {
        ObjectNode message = template.deepCopy();
        message.put("position", sequence + 1L);
        ((ObjectNode) message.path("payload")).put("ideaId", id);
        return json.writeValueAsString(message);
    }

    private void printMachine() {
        Runtime runtime = Runtime.getRuntime();
        out.printf("Atelier live latency benchmark%n");
        out.printf("JVM: %s %s (%s), cores: %d, max heap: %d MiB, open files limit: %s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.vm.version"),
                System.getProperty("java.vm.vendor"), runtime.availableProcessors(), runtime.maxMemory() >> 20,
                openFileLimit() > 0 ? String.valueOf(openFileLimit()) : "unknown");
        out.printf("Atelier, the floor server and all the clients run in this one JVM and share its %d cores:%n"
                + "every figure includes the clients' own work.%n%n", runtime.availableProcessors());
    }

    private void printTable(List<Row> rows) {
        out.printf("%nIdea-to-every-screen latency in ms: %d measured ideas per N, one at a time, %d ms apart"
                        + " at the closest,%nafter %d warm-up ideas and the JVM's warm-up round (%d ideas at the"
                        + " smallest N); samples = ideas x screens.%nAtelier: POST /api/workshops/{id}/ideas ->"
                        + " IdeaPosted on every STOMP screen."
                        + " Floor: the same JSON sent by a publisher through a bare WebSocket broadcast.%n%n",
                options.ideas(), options.spacing().toMillis(), options.warmUp(), options.jitWarmUp());
        out.println("     N  screens  samples |   Atelier p50     p99     max |  floor p50     p99     max | p99 ratio"
                + " | Atelier p99 goal   | ratio <= 2 | p99 <= floor p99 + allowance");
        for (Row row : rows) {
            Deliveries a = row.atelier();
            Deliveries f = row.floor();
            double ratio = f.millisAt(99) > 0 ? a.millisAt(99) / f.millisAt(99) : Double.NaN;
            out.println(String.format(Locale.ROOT,
                    "%6d  %7d  %7d | %13.1f %7.1f %7.1f | %10.1f %7.1f %7.1f | %9.1f | %-18s | %-10s | %s",
                    row.n(), a.clients(), a.latencies().getTotalCount(), a.millisAt(50), a.millisAt(99), a.maxMillis(),
                    f.millisAt(50), f.millisAt(99), f.maxMillis(), ratio, p99Goal(row.n(), a.millisAt(99)),
                    Double.isNaN(ratio) ? "-" : verdict(ratio <= RATIO_GOAL),
                    withinAllowance(row.n(), a.millisAt(99), f.millisAt(99))));
        }
        out.printf("%nAtelier's answer to each measured POST (201, sent once its board shows the idea), in ms; and how"
                        + "%nhard this JVM worked while the measured messages went: cores it kept busy (of %d), cores"
                        + "%nother processes kept busy (should be near 0), GC pauses (count, total).%n",
                Runtime.getRuntime().availableProcessors());
        out.println("     N  POST p50     p99     max | Atelier: cores  others  GC pauses"
                + " | floor: cores  others  GC pauses");
        for (Row row : rows) {
            out.println(String.format(Locale.ROOT, "%6d  %8.1f %7.1f %7.1f | %14.2f  %6.2f  %s | %12.2f  %6.2f  %s",
                    row.n(), row.answers().getValueAtPercentile(50) / 1e6,
                    row.answers().getValueAtPercentile(99) / 1e6, row.answers().getMaxValue() / 1e6,
                    row.atelierLoad().coresBusy(), row.atelierLoad().othersBusy(), collections(row.atelierLoad()),
                    row.floorLoad().coresBusy(), row.floorLoad().othersBusy(), collections(row.floorLoad())));
        }
        out.println("\nWhere Atelier's time goes, p50 / max per stage in ms, from the instants each IdeaPosted"
                + " carries (the event's has ms precision):");
        out.println("     N  POST sent -> API built command  command -> event applied  event applied -> on screen");
        for (Row row : rows) {
            out.println(String.format(Locale.ROOT, "%6d  %29s  %24s  %26s", row.n(), p50AndMax(row.stages().toApi()),
                    p50AndMax(row.stages().toEvent()), p50AndMax(row.stages().toScreen())));
        }
        out.printf("%nMessage size: Atelier %d bytes of JSON (plus the STOMP frame's headers), floor %d bytes.%n",
                rows.get(0).atelierBytes(), rows.get(0).floorBytes());
        out.println("Delivery check (every client gets every message exactly once, in position order):");
        for (Row row : rows) {
            out.printf("%6d  Atelier: %s%n        floor:   %s%n", row.n(), delivery(row.atelier()),
                    delivery(row.floor()));
        }
    }

    private static String collections(Load load) {
        return String.format(Locale.ROOT, "%3d, %5d ms", load.collections(), load.collectionMillis());
    }

    private static String p99Goal(int n, double p99Millis) {
        if (n == 100) {
            return "<= " + P99_GOAL_AT_100_MS + " ms: " + verdict(p99Millis <= P99_GOAL_AT_100_MS);
        }
        if (n == 1000) {
            return "<= " + P99_GOAL_AT_1000_MS + " ms: " + verdict(p99Millis <= P99_GOAL_AT_1000_MS);
        }
        return "-";
    }

    /** Issue 12's goal: the floor's p99 plus 25 ms at N = 10 and 100, plus 60 ms at N = 1000. */
    private static String withinAllowance(int n, double p99Millis, double floorP99Millis) {
        double allowance = n == 1000 ? ALLOWANCE_AT_1000_MS : n == 10 || n == 100 ? ALLOWANCE_UP_TO_100_MS : Double.NaN;
        if (Double.isNaN(allowance)) {
            return "-";
        }
        double limit = floorP99Millis + allowance;
        return String.format(Locale.ROOT, "<= %.1f ms: %s", limit, verdict(p99Millis <= limit));
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "MISSED";
    }

    private static String p50AndMax(Histogram nanos) {
        return String.format(Locale.ROOT, "%.1f / %.1f", nanos.getValueAtPercentile(50) / 1e6, nanos.getMaxValue() / 1e6);
    }

    private static String delivery(Deliveries deliveries) {
        if (deliveries.intact()) {
            return "complete, no duplicate, in order";
        }
        return String.format("%d missing, %d duplicates, %d out of order, %d unexpected, %d transport errors%s",
                deliveries.missing(), deliveries.duplicates(), deliveries.outOfOrder(), deliveries.unexpected(),
                deliveries.transportErrors(), deliveries.firstTransportError() == null ? ""
                        : " (first: " + deliveries.firstTransportError() + ")");
    }

    private static long openFileLimit() {
        return ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.UnixOperatingSystemMXBean unix ? unix.getMaxFileDescriptorCount() : -1;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
