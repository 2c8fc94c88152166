package org.atelier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.atelier.web.ApiClient;
import org.atelier.web.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What attackers do is slowed down per address, with the limits as configured by default (the
 * other API tests raise them): guessing join codes, forging tokens. Normal use is not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThrottleTest {

    private static final String ORGANISER = "organiser-key-for-throttle-tests";

    @LocalServerPort
    private int port;

    private ApiClient api;

    @DynamicPropertySource
    static void defaultLimits(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "atelier-throttle-test");
        registry.add("atelier.data-dir", dataDir::toString);
        registry.add("atelier.organiser-key", () -> ORGANISER);
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void guessingJoinCodesIsToldToWaitWhateverTheWayItIsDone() {
        Response last = null;
        int answered = 0;
        for (int i = 0; i < 500 && (last == null || last.status() != 429); i++) {
            String guess = "G" + i;
            last = switch (i % 4) {
                case 0 -> api.get("/api/join/" + guess, null);
                case 1 -> api.post("/api/join", null, Map.of("joinCode", guess, "displayName", "x",
                        "organisationId", "org"));
                case 2 -> api.post("/api/rejoin", null, Map.of("rejoinCode", "guessed-rejoin-code-" + i));
                default -> api.getAny("/join/" + guess + "/qr.svg", null);
            };
            answered++;
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(answered).isGreaterThan(100);
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(last.raw().headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
    }

    /** From another loopback address, whose allowance of refused tokens no other test touches. */
    @Test
    void refusedConnectsCountAsRefusedTokens() throws Exception {
        String lastError = "";
        for (int i = 0; i < 40 && !lastError.contains("Too many"); i++) {
            lastError = refusedConnect("127.0.0.2", "forged-" + i);
        }

        assertThat(lastError).contains("Too many refused tokens");
        HttpResponse<String> afterwards = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.2:" + port + "/api/organisations"))
                .header("Authorization", "Bearer forged").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(afterwards.statusCode()).isEqualTo(429);
    }

    @Test
    void forgingTokensIsToldToWait() {
        Response last = null;
        int refused = 0;
        for (int i = 0; i < 200 && (last == null || last.status() == 401); i++) {
            last = api.get("/api/organisations", "forged-" + i);
            refused += last.status() == 401 ? 1 : 0;
        }

        assertThat(refused).isGreaterThanOrEqualTo(10);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(api.get("/api/organisations", ORGANISER).status()).isEqualTo(200);
    }

    /** Sends a CONNECT with the token and answers the ERROR frame's message. */
    private String refusedConnect(String address, String token) throws Exception {
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://" + address + ":" + port + "/ws"), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            frames.add(partial.toString());
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        try {
            socket.sendText("CONNECT\naccept-version:1.2\nAuthorization:Bearer " + token + "\n\n\0", true)
                    .get(10, TimeUnit.SECONDS);
            String answer = frames.poll(10, TimeUnit.SECONDS);
            assertThat(answer).as("answer to a forged CONNECT").startsWith("ERROR");
            return answer;
        } finally {
            socket.abort();
        }
    }

    /** First: it joins from the address whose join-code look-ups the guessing test uses up. */
    @Test
    @Order(1)
    void aBurstOfTwoHundredPostsFromOneClientIsNeverRefused() {
        Response created = api.post("/api/workshops", ORGANISER, Map.of("title", "Burst", "theme", "t"));
        String workshopPath = "/api/workshops/" + created.text("workshopId");
        String organisationId = api.post("/api/organisations", ORGANISER,
                Map.of("name", "Burst " + UUID.randomUUID(), "commune", "Firminy", "ess", true)).text("organisationId");
        String token = api.post("/api/join", null, Map.of("joinCode", created.text("joinCode"), "displayName", "Ana",
                "organisationId", organisationId)).text("token");
        api.post(workshopPath + "/advance", ORGANISER, Map.of("expectedPhase", "PREPARATION"));

        for (int i = 0; i < 200; i++) {
            Response posted = api.post(workshopPath + "/ideas", token, Map.of("ideaId", "burst-" + i, "text", "Idea " + i));
            assertThat(posted.status()).as("post " + i + ": " + posted.body()).isEqualTo(201);
        }
    }
}
