package org.atelier.bench.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application run as an operator runs it ({@code java -jar}), as a child process on
 * one data folder, so that it can be killed as a power cut or the OOM killer would: SIGKILL, no
 * shutdown hook, nothing flushed.
 */
public final class AppProcess {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path jar;
    private final List<String> jarArguments;
    private final Path dataDir;
    private final String organiserKey;
    private final List<String> settings;
    private Process process;
    private int port;
    private int starts;

    AppProcess(Path jar, Path dataDir, String organiserKey) {
        this(jar, dataDir, organiserKey, List.of());
    }

    /** @param settings more application arguments ({@code --name=value}), after the ones every run needs */
    public AppProcess(Path jar, Path dataDir, String organiserKey, List<String> settings) {
        this(jar, List.of(), dataDir, organiserKey, settings);
    }

    /** @param jarArguments what the jar's main is given before the settings (a bench mode, say) */
    public AppProcess(Path jar, List<String> jarArguments, Path dataDir, String organiserKey, List<String> settings) {
        this.jar = jar;
        this.jarArguments = List.copyOf(jarArguments);
        this.dataDir = dataDir;
        this.organiserKey = organiserKey;
        this.settings = List.copyOf(settings);
    }

    /** Starts the application and answers once it is ready, with the time that took. */
    public Duration start() throws IOException, InterruptedException {
        port = freePort();
        starts++;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-Daxoniq.update-checker.disabled=true", "-jar", jar.toString()));
        command.addAll(jarArguments);
        command.addAll(List.of("--server.port=" + port, "--atelier.data-dir=" + dataDir,
                "--atelier.organiser-key=" + organiserKey, "--spring.jmx.enabled=false"));
        command.addAll(settings);
        Files.createDirectories(dataDir);
        Instant started = Instant.now();
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app-" + starts + ".log").toFile())
                .start();
        awaitReady(started);
        return Duration.between(started, Instant.now());
    }

    /** SIGKILL on Linux: the JVM gets no chance to flush, close or release anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The application did not die within 30 s of SIGKILL");
        }
    }

    /** SIGTERM: the application shuts down as it would under systemd or Docker. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    public int port() {
        return port;
    }

    /** The CPU time the running application's process has used so far, all its threads together. */
    public Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("This system does not tell a process's CPU time"));
    }

    /** Where the running application writes its log. */
    public Path log() {
        return dataDir.resolve("app-" + starts + ".log");
    }

    private void awaitReady(Instant started) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue()
                        + " while starting; see " + dataDir.resolve("app-" + starts + ".log"));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            if (Duration.between(started, Instant.now()).compareTo(START_TIMEOUT) > 0) {
                throw new IllegalStateException("The application was not ready within " + START_TIMEOUT);
            }
            Thread.sleep(100);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
