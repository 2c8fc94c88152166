package org.atelier.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.atelier.AtelierApplication;
import org.atelier.web.ApiClient;
import org.atelier.web.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The embedded default on a fresh data folder, stopped and started again: the pitfalls of an
 * H2 file event store and the promise that a restart loses nothing and processes nothing twice.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aRestartLosesNothingAndProcessesNothingTwice(CapturedOutput output) throws Exception {
        System.clearProperty("axoniq.update-checker.disabled");
        Session first;
        String participantToken;
        String workshopId;
        long versionBeforeStop;
        try (ConfigurableApplicationContext app = start()) {
            assertThat(System.getProperty("axoniq.update-checker.disabled"))
                    .as("the application turns Axon's update checker off itself").isEqualTo("true");
            first = new Session(app);
            String organiserKey = Files.readString(dataDir.resolve("organiser-key")).strip();
            String organisation = first.api.post("/api/organisations", organiserKey,
                    Map.of("name", "Kaléido'Scop", "commune", "Saint-Étienne", "ess", true)).text("organisationId");
            Response workshop = first.api.post("/api/workshops", organiserKey, Map.of("title", "Numérique", "theme", "digital"));
            workshopId = workshop.text("workshopId");
            participantToken = first.api.post("/api/join", null, Map.of("joinCode", workshop.text("joinCode"),
                    "displayName", "Ana", "organisationId", organisation)).text("token");
            first.api.post("/api/workshops/" + workshopId + "/advance", workshop.text("facilitatorToken"),
                    Map.of("expectedPhase", "PREPARATION"));
            for (int i = 1; i <= 3; i++) {
                assertThat(first.api.post("/api/workshops/" + workshopId + "/ideas", participantToken,
                        Map.of("ideaId", "before-" + i, "text", "Idée " + i)).status()).isEqualTo(201);
            }
            versionBeforeStop = first.board(workshopId, participantToken).path("version").asLong();
        }

        assertThat(unclaimedTokens()).as("processors released their claims before the stores closed").isTrue();
        assertThat(eventIndexes()).as("events are unique by stream and sequence, not by their random identifier")
                .containsExactly("PRIMARY KEY(GLOBAL_INDEX)", "UNIQUE INDEX(AGGREGATE_IDENTIFIER,SEQUENCE_NUMBER)");
        int outputBeforeRestart = output.getAll().length();

        try (ConfigurableApplicationContext app = start("--logging.level.org.hibernate.SQL=debug")) {
            assertThat(output.getAll().substring(outputBeforeRestart))
                    .as("a start drops no constraint: the index behind it would be built again over every event")
                    .contains("add constraint").doesNotContainIgnoringCase("drop constraint");
            Session second = new Session(app);
            var board = second.board(workshopId, participantToken);
            assertThat(board.path("version").asLong()).isEqualTo(versionBeforeStop);
            assertThat(board.path("ideas").findValuesAsText("ideaId")).containsExactly("before-1", "before-2", "before-3");

            assertThat(second.api.post("/api/workshops/" + workshopId + "/ideas", participantToken,
                    Map.of("ideaId", "after", "text", "Après le redémarrage")).status()).isEqualTo(201);
            assertThat(second.board(workshopId, participantToken).path("version").asLong())
                    .isEqualTo(versionBeforeStop + 1);
        }

        List<Long> globalIndexes = globalIndexes();
        assertThat(globalIndexes).as("global indexes are allocated one by one, without gaps across restarts")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, globalIndexes.size()).boxed().toList());
        assertThat(count("org.atelier.shared.idea.IdeaPosted")).isEqualTo(4);
        assertThat(count("org.atelier.shared.organisation.OrganisationRegistered")).isEqualTo(1);
    }

    @Test
    void aGeneratedOrganiserKeyIsKeptInTheDataFolder() throws Exception {
        String key;
        try (ConfigurableApplicationContext app = start()) {
            key = Files.readString(dataDir.resolve("organiser-key")).strip();
            assertThat(new Session(app).api.get("/api/organisations", key).status()).isEqualTo(200);
        }
        try (ConfigurableApplicationContext app = start()) {
            assertThat(Files.readString(dataDir.resolve("organiser-key")).strip()).isEqualTo(key);
            assertThat(new Session(app).api.get("/api/organisations", key).status()).isEqualTo(200);
        }
    }

    private ConfigurableApplicationContext start(String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--atelier.data-dir=" + dataDir,
                "--atelier.organiser-key=", "--spring.jmx.enabled=false"));
        args.addAll(List.of(more));
        return AtelierApplication.run(args.toArray(String[]::new));
    }

    private record Session(ApiClient api) {

        Session(ConfigurableApplicationContext app) {
            this(new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort()));
        }

        JsonNode board(String workshopId, String token) {
            return api.get("/api/workshops/" + workshopId + "/board", token).body();
        }
    }

    private Connection eventStore() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("events"), "atelier", "");
    }

    private List<Long> globalIndexes() throws SQLException {
        try (Connection connection = eventStore(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select global_index from domain_event_entry order by global_index")) {
            List<Long> indexes = new ArrayList<>();
            while (rows.next()) {
                indexes.add(rows.getLong(1));
            }
            return indexes;
        }
    }

    /** The event table's indexes: their kind and columns. */
    private List<String> eventIndexes() throws SQLException {
        try (Connection connection = eventStore(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select i.index_type_name, listagg(c.column_name, ',') within group (order by c.ordinal_position)
                     from information_schema.indexes i join information_schema.index_columns c
                       on c.index_schema = i.index_schema and c.index_name = i.index_name
                     where i.table_name = 'DOMAIN_EVENT_ENTRY'
                     group by i.index_schema, i.index_name, i.index_type_name order by i.index_type_name""")) {
            List<String> indexes = new ArrayList<>();
            while (rows.next()) {
                indexes.add(rows.getString(1) + "(" + rows.getString(2) + ")");
            }
            return indexes;
        }
    }

    private long count(String payloadType) throws SQLException {
        try (Connection connection = eventStore();
             var statement = connection.prepareStatement("select count(*) from domain_event_entry where payload_type = ?")) {
            statement.setString(1, payloadType);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Tokens live beside the read models: read them from the read-model file, the application stopped. */
    private boolean unclaimedTokens() {
        MongoServer server = new MongoServer(new BatchedH2Backend(dataDir.resolve("read-models.mv").toString()));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<org.bson.Document> tokens = client.getDatabase("atelier").getCollection("tracking_tokens");
            long processors = tokens.countDocuments(Filters.exists("segment"));
            long claimed = tokens.countDocuments(Filters.and(Filters.exists("segment"), Filters.ne("owner", null)));
            return processors >= 4 && claimed == 0;
        } finally {
            server.shutdownNow();
        }
    }
}
