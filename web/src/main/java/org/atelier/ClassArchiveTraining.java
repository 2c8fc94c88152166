package org.atelier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntConsumer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The training run of the class archive (the build's and the image's): with
 * {@code --atelier.training.exit-when-ready=true} the application, once started, asks its own
 * {@code /actuator/health} until it answers UP, as an operator's probe and the start bench do, and
 * exits. The archive the JVM writes at exit then holds the classes a start loads until it is ready.
 * Spring Boot's recipe stops the training once the context is refreshed: some 2,700 classes a start
 * needs after that (Hibernate's query parser for the processors' first reads, the web stack's first
 * request, the processors' own) were left out, loaded from the jars and verified at every start.
 *
 * <p>Public, so that the start bench's floor trains the same way.
 */
public final class ClassArchiveTraining implements ApplicationListener<ApplicationReadyEvent> {

    public static final String EXIT_WHEN_READY = "atelier.training.exit-when-ready";
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Duration BETWEEN_ASKS = Duration.ofMillis(200);

    private final IntConsumer exit;

    public ClassArchiveTraining() {
        this(System::exit);
    }

    ClassArchiveTraining(IntConsumer exit) {
        this.exit = exit;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        if (!context.getEnvironment().getProperty(EXIT_WHEN_READY, Boolean.class, false)
                || !(context instanceof WebServerApplicationContext web)) {
            return;
        }
        URI health = URI.create("http://127.0.0.1:" + web.getWebServer().getPort() + "/actuator/health");
        Thread training = new Thread(() -> {
            boolean up = answersUp(health, PATIENCE);
            int code = SpringApplication.exit(context);
            exit.accept(up ? code : 1);
        }, "class-archive-training");
        training.start();
    }

    /** Whether {@code health} answered 200 (UP) within {@code patience}, asked every 200 ms. */
    static boolean answersUp(URI health, Duration patience) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(health)
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // The server is not listening yet, or dropped the request: ask again.
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return false;
            }
            try {
                Thread.sleep(BETWEEN_ASKS.toMillis());
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
