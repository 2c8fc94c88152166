package org.atelier.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application started as the README starts it ({@code java -jar}, no option of the
 * bench's own but a free port and the data folder), timed from the launch of the JVM to the first
 * {@code /actuator/health} that answers UP: everything the application checks, not only that it listens.
 * With the time, the CPU the application used meanwhile and the cores the rest of the machine kept busy
 * (if not near 0, the figure is not that of a quiet machine).
 */
final class LaunchedApplication {

    /** Linux counts a process's CPU time in ticks of 1/100 s. */
    private static final double SECONDS_PER_TICK = 0.01;

    record Start(Duration toReady, double cpuSeconds, double othersBusy) {
    }

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofMillis(20);

    private LaunchedApplication() {
    }

    /** The java launcher of the JVM the bench runs on. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts the application on the folder, waits until it is up, stops it (SIGTERM) and says how long it took. */
    static Start start(Path jar, List<String> javaOptions, Path dataDir, Path log)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--atelier.data-dir=" + dataDir));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long machineBefore = Load.machineBusyNanos();
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The application exited with " + process.exitValue()
                            + " while starting; see " + log);
                }
                if (isUp(http, health)) {
                    long elapsed = System.nanoTime() - launched;
                    double cpu = cpuSeconds(process.pid());
                    double machine = (Load.machineBusyNanos() - machineBefore) / 1e9;
                    return new Start(Duration.ofNanos(elapsed), cpu, Math.max(0, machine - cpu) / (elapsed / 1e9));
                }
                if (System.nanoTime() - launched > START_TIMEOUT.toNanos()) {
                    throw new IllegalStateException("The application was not up within " + START_TIMEOUT + "; see " + log);
                }
                Thread.sleep(POLL.toMillis());
            }
        } finally {
            stop(process);
        }
    }

    /** User and system time of the process so far, from /proc (fields 14 and 15 of its stat line). */
    private static double cpuSeconds(long pid) {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * SECONDS_PER_TICK;
        } catch (IOException | RuntimeException unavailable) {
            return Double.NaN;
        }
    }

    private static boolean isUp(HttpClient http, HttpRequest health) throws InterruptedException {
        try {
            HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().startsWith("{\"status\":\"UP\"");
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    /** SIGTERM, as systemd or Docker stop it, so that the stores are closed before the next start. */
    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
