package org.atelier.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Atelier's public API over real HTTP, as an outside client calls it. */
final class AtelierApi {

    record Workshop(String workshopId, String facilitatorToken, String evaluatorToken, String participantToken) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final ObjectMapper json;
    private final String base;

    AtelierApi(int port, ObjectMapper json) {
        this.json = json;
        this.base = "http://127.0.0.1:" + port;
    }

    /** An organisation, a workshop in CRITIQUE (ideas are posted there) and one participant, all named {@code name}. */
    Workshop workshopInCritique(String organiserKey, String name) throws IOException, InterruptedException {
        String organisationId = call("/api/organisations", organiserKey,
                Map.of("name", name + " cooperative", "commune", "Saint-Étienne", "ess", true))
                .path("organisationId").asText();
        JsonNode workshop = call("/api/workshops", organiserKey,
                Map.of("title", name, "theme", "How fast do ideas reach every screen?"));
        String workshopId = workshop.path("workshopId").asText();
        String participantToken = call("/api/join", null, Map.of("joinCode", workshop.path("joinCode").asText(),
                "displayName", "Bench participant", "organisationId", organisationId)).path("token").asText();
        call("/api/workshops/" + workshopId + "/advance", workshop.path("facilitatorToken").asText(),
                Map.of("expectedPhase", "PREPARATION"));
        return new Workshop(workshopId, workshop.path("facilitatorToken").asText(),
                workshop.path("evaluatorToken").asText(), participantToken);
    }

    /** The POST of one idea, ready to send; sending waits for the 201. */
    Trial.Send postIdea(Workshop workshop, int sequence, String ideaId) throws IOException {
        HttpRequest request = request("/api/workshops/" + workshop.workshopId() + "/ideas",
                workshop.participantToken(), Map.of("ideaId", ideaId,
                        "text", "Idea " + sequence + ": a shared repair café that lends tools between neighbours"));
        return () -> answer(request);
    }

    private JsonNode call(String path, String token, Object body) throws IOException, InterruptedException {
        return answer(request(path, token, body));
    }

    private HttpRequest request(String path, String token, Object body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private JsonNode answer(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
    }
}
