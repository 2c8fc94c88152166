package org.atelier.bench.throughput;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.HdrHistogram.Histogram;
import org.atelier.bench.crash.AppProcess;
import org.atelier.bench.crash.Http;
import org.springframework.util.FileSystemUtils;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * {@code throughput-floor}: how many requests a second the stack under Atelier's write path answers
 * on this machine with nothing of Atelier's on top ({@code bench.floor.FloorServer}), with the throughput
 * bench's writers: the same number of writers, one request at a time each, the same HTTP client,
 * an idea's body, its own bearer token, the server a child process sharing the cores with them.
 * What Atelier can reach is below the level that has what it must do (a token, a durable write).
 *
 * <p>{@code throughput-floor [--writers=32] [--workshops=10] [--duration=60s] [--warmup=20s]
 * [--levels=mvc,security,append]}
 */
public final class FloorBench {

    private static final long HIGHEST_MICROS = 60_000_000L;

    private FloorBench() {
    }

    public static void main(String[] args) throws Exception {
        int writers = 32;
        int workshops = 10;
        Duration duration = Duration.ofSeconds(60);
        Duration warmUp = Duration.ofSeconds(20);
        List<String> levels = List.of("mvc", "security", "append");
        for (String arg : args) {
            String[] option = arg.split("=", 2);
            switch (option[0]) {
                case "--writers" -> writers = Integer.parseInt(option[1]);
                case "--workshops" -> workshops = Integer.parseInt(option[1]);
                case "--duration" -> duration = ThroughputOptions.duration(option[1]);
                case "--warmup" -> warmUp = ThroughputOptions.duration(option[1]);
                case "--levels" -> levels = List.of(option[1].split(","));
                default -> throw new IllegalArgumentException("Unknown option " + arg
                        + "; options: --writers=32 --workshops=10 --duration=60s --warmup=20s --levels=mvc,security,append");
            }
        }
        PrintStream out = System.out;
        // Run as java -jar atelier-bench.jar: the class path is that jar, which holds the server too.
        Path jar = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]);
        out.printf("Throughput floor: %d writers in %d workshops, %s measured after %s of warm-up; the stack alone,"
                + " a child process of %s%n%n", writers, workshops, duration, warmUp, jar.getFileName());
        out.println("level     per second |    p50     p99     max | failed | CPU server clients others | server CPU per request");
        for (String level : levels) {
            Path data = Files.createTempDirectory("atelier-floor-");
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            AppProcess server = new AppProcess(jar, List.of("floor-server"), data, "unused",
                    List.of("--floor.level=" + level, "--floor.secret=" + Base64.getEncoder().encodeToString(secret)));
            try {
                server.start();
                out.println(run(level, server, secret, writers, workshops, warmUp, duration));
            } finally {
                server.stop();
                FileSystemUtils.deleteRecursively(data);
            }
        }
    }

    private static String run(String level, AppProcess server, byte[] secret, int writers, int workshops,
                              Duration warmUp, Duration duration) throws Exception {
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        List<Histogram> answers = new ArrayList<>();
        long[] failed = new long[writers];
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
            answers.add(histogram);
            String token = token(secret, "writer-" + writer);
            String path = "/api/workshops/floor-" + (writer % workshops) + "/ideas";
            Http http = new Http(server.port());
            Thread thread = new Thread(() -> {
                long ideas = 0;
                while (!stop.get()) {
                    String ideaId = "w" + writer + "-" + ideas++;
                    long sent = System.nanoTime();
                    try {
                        Http.Answer answer = http.post(path, token, Writer.idea(ideaId));
                        if (answer.status() != 201) {
                            failed[writer]++;
                        } else if (measuring.get()) {
                            histogram.recordValue(Math.min(HIGHEST_MICROS, (System.nanoTime() - sent) / 1_000));
                        }
                    } catch (Exception e) {
                        failed[writer]++;
                    }
                }
            }, "floor-writer-" + writer);
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(warmUp.toMillis());
        CpuShare.Sample before = CpuShare.sample(server);
        Instant from = Instant.now();
        measuring.set(true);
        Thread.sleep(duration.toMillis());
        measuring.set(false);
        CpuShare.Sample after = CpuShare.sample(server);
        double seconds = Duration.between(from, Instant.now()).toNanos() / 1e9;
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        answers.forEach(all::add);
        CpuShare cpu = before.until(after);
        double perSecond = all.getTotalCount() / seconds;
        long failures = java.util.Arrays.stream(failed).sum();
        return String.format("%-9s %10.1f | %6.1f %7.1f %7.1f | %6d | %10.2f %7.2f %6.2f | %.2f ms", level, perSecond,
                all.getValueAtPercentile(50) / 1000.0, all.getValueAtPercentile(99) / 1000.0, all.getMaxValue() / 1000.0,
                failures, cpu.server(), cpu.clients(), cpu.others(), cpu.server() * 1000 / perSecond);
    }

    private static String token(byte[] secret, String subject) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject(subject)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(Duration.ofDays(1)))).build());
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }
}
