package org.atelier.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atelier.AtelierApplication;
import org.atelier.web.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An event store written before its settings changed (pages uncompressed, payloads above 256 bytes
 * in H2's separate LOB storage, a unique index on the event identifier) opens, reads and takes new
 * events beside the old ones.
 *
 * <p>The fixture {@code storage/events-before-compression.mv.db} was written by the packaged
 * application of commit da641cd (the last before this change): an organisation registered, a
 * workshop created, Ana joined, CRITIQUE opened, three ideas posted, the second of 1,067 characters;
 * then stopped. Three of its seven payloads are above 256 bytes. Only the event store is copied: the
 * read models are built again from its events.
 */
class EventStoreUpgradeTest {

    static final String FIXTURE = "storage/events-before-compression.mv.db";
    static final String WORKSHOP = "a4f56332-0adc-497f-8bb7-a21b5513b2fd";
    static final String JOIN_CODE = "HTGRA5";
    static final String ORGANISATION = "7bb14223-ffdc-4db1-8b8f-3ae7b33013a4";
    static final String ORGANISER = "upgrade-organiser";
    static final String LONG_IDEA = ("Nous manquons de locaux partagés, et chacun paie seul ce que tous pourraient mutualiser. "
            .repeat(12)).strip();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void aStoreWrittenBeforeTheChangeOpensReadsAndTakesNewEvents() throws Exception {
        try (InputStream fixture = getClass().getClassLoader().getResourceAsStream(FIXTURE)) {
            Files.copy(fixture, dataDir.resolve("events.mv.db"));
        }
        List<String> before = payloads();
        assertThat(before).hasSize(7);

        try (ConfigurableApplicationContext app = start()) {
            ApiClient api = api(app);
            assertThat(ideaTexts(api)).containsExactly("Les associations du quartier ne se connaissent pas assez.",
                    LONG_IDEA, "Répondre ensemble aux appels à projets.");
            String token = api.post("/api/join", null, Map.of("joinCode", JOIN_CODE, "displayName", "Benoît",
                    "organisationId", ORGANISATION)).text("token");
            assertThat(api.post("/api/workshops/" + WORKSHOP + "/ideas", token,
                    Map.of("ideaId", "after-upgrade", "text", LONG_IDEA + " Et après.")).status()).isEqualTo(201);
        }

        try (ConfigurableApplicationContext app = start()) {
            assertThat(ideaTexts(api(app))).hasSize(4).endsWith(LONG_IDEA + " Et après.");
            JsonNode history = api(app).get("/api/workshops/" + WORKSHOP + "/history", ORGANISER).body();
            assertThat(history.path("events").findValuesAsText("type")).contains("IdeaPosted", "ParticipantJoined");
        }

        List<String> after = payloads();
        assertThat(after).hasSize(before.size() + 2).startsWith(before.toArray(String[]::new));
        for (String payload : after) {
            assertThat(JSON.readTree(payload).isObject()).as("every payload reads back as JSON").isTrue();
        }
    }

    private ConfigurableApplicationContext start() {
        return AtelierApplication.run("--server.port=0", "--atelier.data-dir=" + dataDir,
                "--atelier.organiser-key=" + ORGANISER, "--spring.jmx.enabled=false");
    }

    private static ApiClient api(ConfigurableApplicationContext app) {
        return new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort());
    }

    /** The board is folded again from the old events by the live processors: waits until it shows them. */
    private static List<String> ideaTexts(ApiClient api) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            ApiClient.Response board = api.get("/api/workshops/" + WORKSHOP + "/board", ORGANISER);
            if (board.status() == 200 && board.body().path("ideas").size() >= 3 || Instant.now().isAfter(until)) {
                return board.body().path("ideas").findValuesAsText("text");
            }
            Thread.sleep(100);
        }
    }

    /** Every payload as stored, in the store's order, read with the application stopped. */
    private List<String> payloads() throws SQLException, IOException {
        try (Connection store = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("events"), "atelier", "");
             Statement statement = store.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select payload from domain_event_entry order by global_index")) {
            List<String> payloads = new ArrayList<>();
            while (rows.next()) {
                payloads.add(new String(rows.getBytes(1), java.nio.charset.StandardCharsets.UTF_8));
            }
            return payloads;
        }
    }
}
