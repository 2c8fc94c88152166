package org.atelier.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * {@code start [--runs=3] [--data=<folder holding a programme>] [--app=<runnable jar>] [--java-options=…]
 * [--floor=on|off]}: how long the packaged application takes from the launch of its JVM to
 * {@code /actuator/health} UP, launched as its image launches it (the extracted jar of
 * {@code web/target/atelier} with the class archive made beside it, {@value #ARCHIVE}; a jar given by
 * {@code --app} with the archive beside it, if any), on an empty data folder and, given one, on a
 * folder that holds a programme (the {@code rebuild} mode's {@code --data}); then how many bytes an
 * event takes in that folder's event store.
 *
 * <p>With the floor (on by default, for a jar that names its libraries, as the extracted one does):
 * the stack alone ({@code bench.start.StartFloor}, {@link StartFloorJar}) started the same way on the
 * same libraries, one start of it after each of the application's on an empty folder, so that what
 * the application adds is measured in the same minutes.
 */
final class StartBench {

    static final String ARCHIVE = "atelier.jsa";
    static final String USAGE = "options: --runs=3 --data=<folder holding a programme> --app=<runnable jar>"
            + " --java-options=<JVM options, space-separated> --floor=on|off";

    private final PrintStream out = System.out;
    private final int runs;
    private final Path programme;
    private final Path jar;
    private final List<String> javaOptions;
    private final boolean floor;

    private StartBench(int runs, Path programme, Path jar, List<String> javaOptions, boolean floor) {
        this.runs = runs;
        this.programme = programme;
        this.jar = jar;
        this.javaOptions = javaOptions;
        this.floor = floor;
    }

    static void main(String... args) throws Exception {
        int runs = 3;
        Path programme = null;
        Path app = null;
        List<String> javaOptions = List.of();
        boolean floor = true;
        for (String arg : args) {
            String[] option = arg.split("=", 2);
            if (option.length != 2) {
                throw new IllegalArgumentException("Unknown argument " + arg + "; " + USAGE);
            }
            switch (option[0]) {
                case "--runs" -> runs = Integer.parseInt(option[1]);
                case "--data" -> programme = Path.of(option[1]).toAbsolutePath();
                case "--app" -> app = Path.of(option[1]);
                case "--java-options" -> javaOptions = Arrays.stream(option[1].split(" ")).filter(o -> !o.isBlank()).toList();
                case "--floor" -> floor = switch (option[1]) {
                    case "on" -> true;
                    case "off" -> false;
                    default -> throw new IllegalArgumentException("--floor is on or off; " + USAGE);
                };
                default -> throw new IllegalArgumentException("Unknown option " + option[0] + "; " + USAGE);
            }
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1; " + USAGE);
        }
        Path jar = app != null ? app : Path.of("web", "target", "atelier", "atelier.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": package the web module first");
        }
        new StartBench(runs, programme, jar, withArchiveBeside(jar, javaOptions), floor && namesItsLibraries(jar)).run();
    }

    /** The options, with the class archive beside the jar when there is one and no other is named. */
    private static List<String> withArchiveBeside(Path jar, List<String> javaOptions) {
        Path archive = jar.toAbsolutePath().resolveSibling(ARCHIVE);
        boolean named = javaOptions.stream().anyMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
        if (named || !Files.isRegularFile(archive)) {
            return javaOptions;
        }
        List<String> options = new ArrayList<>(javaOptions);
        options.add("-XX:SharedArchiveFile=" + archive);
        return List.copyOf(options);
    }

    /** Whether the jar's manifest names the jars it runs with, as the extracted application's does. */
    private static boolean namesItsLibraries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH) != null;
        }
    }

    private void run() throws Exception {
        out.printf("Atelier start benchmark%nJVM: %s %s, cores: %d; application %s %s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), String.join(" ", javaOptions), jar);
        Path logs = Files.createTempDirectory("atelier-start-bench-");
        Path floorJar = null;
        if (floor) {
            floorJar = StartFloorJar.beside(jar, Files.createDirectories(logs.resolve("floor")),
                    logs.resolve("floor-training.log"));
            out.printf("Floor: the stack alone (bench.start.StartFloor) on the application's libraries and settings, %s%n",
                    floorJar);
        } else {
            out.println("No floor: off, or the jar names no libraries (only an extracted application's does)");
        }
        List<String> floorOptions = floorJar == null ? List.of() : withArchiveBeside(floorJar,
                javaOptions.stream().filter(option -> !option.startsWith("-XX:SharedArchiveFile")).toList());
        List<LaunchedApplication.Start> empty = new ArrayList<>();
        List<LaunchedApplication.Start> floors = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            empty.add(startOnAnEmptyFolder(jar, javaOptions, logs.resolve("empty-" + run + ".log")));
            report("empty data folder, start " + run, empty.get(run - 1));
            if (floorJar != null) {
                floors.add(startOnAnEmptyFolder(floorJar, floorOptions, logs.resolve("floor-" + run + ".log")));
                report("floor, empty data folder, start " + run, floors.get(run - 1));
            }
        }
        out.printf("Start to ready, empty data folder: %s%n", summary(empty));
        if (!floors.isEmpty()) {
            out.printf("Floor's start to ready, empty data folder: %s; the application takes %.2f s more (median against"
                    + " median), and %.1f s more CPU%n", summary(floors), median(empty) - median(floors),
                    medianCpu(empty) - medianCpu(floors));
        }
        if (programme != null) {
            EventStoreSize before = EventStoreSize.of(programme);
            out.printf("Data folder %s: %,d events%n", programme, before.events());
            List<LaunchedApplication.Start> kept = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                kept.add(LaunchedApplication.start(jar, javaOptions, programme, logs.resolve("kept-" + run + ".log")));
                report(String.format("%,d events stored, start %d", before.events(), run), kept.get(run - 1));
            }
            out.printf("Start to ready, %,d events stored: %s%n", before.events(), summary(kept));
            EventStoreSize size = EventStoreSize.of(programme);
            out.printf("Event store on disk (%s): %,d bytes for %,d events, %,.0f bytes an event%n",
                    EventStoreSize.FILE, size.fileBytes(), size.events(), size.bytesPerEvent());
        }
        out.printf("The application's logs: %s%n", logs);
    }

    private static LaunchedApplication.Start startOnAnEmptyFolder(Path jar, List<String> options, Path log)
            throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("atelier-start-empty-");
        try {
            return LaunchedApplication.start(jar, options, dataDir, log);
        } finally {
            delete(dataDir);
        }
    }

    private static double median(List<LaunchedApplication.Start> starts) {
        return secondsToReady(starts)[starts.size() / 2];
    }

    private static double medianCpu(List<LaunchedApplication.Start> starts) {
        return starts.stream().mapToDouble(LaunchedApplication.Start::cpuSeconds).sorted().toArray()[starts.size() / 2];
    }

    /** Each start's seconds to ready, in increasing order. */
    private static double[] secondsToReady(List<LaunchedApplication.Start> starts) {
        return starts.stream().map(LaunchedApplication.Start::toReady).mapToDouble(StartBench::seconds).sorted()
                .toArray();
    }

    private void report(String what, LaunchedApplication.Start start) {
        out.printf("  %s: ready in %.2f s, the application used %.1f s of CPU, other processes kept %.2f cores busy%n",
                what, seconds(start.toReady()), start.cpuSeconds(), start.othersBusy());
    }

    private static String summary(List<LaunchedApplication.Start> starts) {
        double[] sorted = secondsToReady(starts);
        return String.format("median %.2f s (%.2f to %.2f s over %d starts)", sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1], sorted.length);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
