package org.atelier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The training waits for the health to answer UP (200), asking again while it is down or not listening. */
class ClassArchiveTrainingTest {

    @Test
    void itWaitsUntilTheHealthAnswersUp() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        HttpServer server = health(exchange -> asked.incrementAndGet() < 3 ? 503 : 200);
        try {
            assertThat(ClassArchiveTraining.answersUp(uri(server), Duration.ofSeconds(30))).isTrue();
            assertThat(asked).hasValue(3);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aHealthThatStaysDownEndsTheTrainingInFailure() throws Exception {
        HttpServer server = health(exchange -> 503);
        try {
            assertThat(ClassArchiveTraining.answersUp(uri(server), Duration.ofSeconds(1))).isFalse();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void nothingListeningIsAskedAgainUntilThePatienceEnds() throws Exception {
        HttpServer server = health(exchange -> 200);
        URI gone = uri(server);
        server.stop(0);

        assertThat(ClassArchiveTraining.answersUp(gone, Duration.ofSeconds(1))).isFalse();
    }

    private interface Status {
        int of(com.sun.net.httpserver.HttpExchange exchange);
    }

    private static HttpServer health(Status status) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/actuator/health", exchange -> {
            exchange.sendResponseHeaders(status.of(exchange), -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static URI uri(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/actuator/health");
    }
}
