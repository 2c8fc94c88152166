package org.atelier.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.atelier.ClassArchiveTraining;

/**
 * The start bench's floor ({@code bench.start.StartFloor}) made runnable as the packaged application
 * is: a jar whose class path is the application's jar (and so its libraries), with a class archive
 * beside it made by a training run as the build makes the application's (Spring Boot's recipe:
 * started once, stopped as soon as it is refreshed). Both start on the same libraries and settings
 * the same way, so what the application takes beyond the floor is Atelier's own.
 */
final class StartFloorJar {

    private static final String MAIN = "bench.start.StartFloor";
    private static final List<String> CLASSES = List.of(MAIN, MAIN + "$Stomp");

    private StartFloorJar() {
    }

    /** Writes the floor's jar and its class archive into {@code folder}; answers the jar. */
    static Path beside(Path applicationJar, Path folder, Path trainingLog) throws IOException, InterruptedException {
        Path jar = folder.resolve("floor.jar").toAbsolutePath();
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.put(Attributes.Name.MAIN_CLASS, MAIN);
        // A relative URL, as the application's own jar names its libraries.
        attributes.put(Attributes.Name.CLASS_PATH, jar.getParent().relativize(applicationJar.toAbsolutePath())
                .toString().replace(" ", "%20"));
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String name : CLASSES) {
                String entry = name.replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (InputStream bytes = StartFloorJar.class.getClassLoader().getResourceAsStream(entry)) {
                    if (bytes == null) {
                        throw new IllegalStateException("The bench jar has no " + entry);
                    }
                    bytes.transferTo(out);
                }
                out.closeEntry();
            }
        }
        train(jar, folder, trainingLog);
        return jar;
    }

    /**
     * The class archive, {@link StartBench#ARCHIVE} beside the jar, from one start stopped once
     * ready (its health UP), on any free port, as the build trains the application's.
     */
    private static void train(Path jar, Path folder, Path log) throws IOException, InterruptedException {
        Path dataDir = Files.createDirectories(folder.resolve("training-data"));
        Process training = new ProcessBuilder(LaunchedApplication.java(),
                "-XX:ArchiveClassesAtExit=" + jar.resolveSibling(StartBench.ARCHIVE), "-Xlog:cds*=error",
                "-jar", jar.toString(), "--server.port=0", "--server.address=127.0.0.1",
                "--atelier.data-dir=" + dataDir, "--" + ClassArchiveTraining.EXIT_WHEN_READY + "=true")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!training.waitFor(5, TimeUnit.MINUTES)) {
            training.destroyForcibly().waitFor();
            throw new IllegalStateException("The floor's training run did not end within 5 minutes; see " + log);
        }
        if (training.exitValue() != 0 || !Files.isRegularFile(jar.resolveSibling(StartBench.ARCHIVE))) {
            throw new IllegalStateException("The floor's training run failed (" + training.exitValue() + "); see " + log);
        }
    }
}
