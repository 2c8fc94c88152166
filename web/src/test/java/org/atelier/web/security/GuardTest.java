package org.atelier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class GuardTest extends ApiTest {

    @Test
    void aCallWithoutTokenIsUnauthorized() {
        Response refused = api.get("/api/organisations", null);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.raw().headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void aForgedTokenIsUnauthorized() {
        Workshop workshop = scheduleWorkshop();
        String forged = workshop.evaluatorToken().substring(0, workshop.evaluatorToken().length() - 3) + "AAA";

        assertThat(api.get("/api/workshops/" + workshop.id(), forged).status()).isEqualTo(401);
        assertThat(api.get("/api/workshops/" + workshop.id(), "garbage").status()).isEqualTo(401);
    }

    @Test
    void healthAndTheApiDocumentNeedNoToken() {
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
        Response document = api.get("/v3/api-docs", null);
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().path("paths").has("/api/workshops/{workshopId}/ideas")).isTrue();
    }

    @Test
    void theApiDocumentDescribesEveryCallOfTheWorkshopMethod() {
        JsonNode paths = api.get("/v3/api-docs", null).body().path("paths");

        assertThat(paths.fieldNames()).toIterable().contains(
                "/api/workshops/{workshopId}/advance-step", "/api/workshops/{workshopId}/step-back",
                "/api/workshops/{workshopId}/phase-back", "/api/workshops/{workshopId}/clusters",
                "/api/workshops/{workshopId}/clusters/{clusterId}",
                "/api/workshops/{workshopId}/clusters/{clusterId}/merge",
                "/api/workshops/{workshopId}/ideas/{ideaId}/cluster", "/api/workshops/{workshopId}/votes",
                "/api/workshops/{workshopId}/votes/{ideaId}", "/api/workshops/{workshopId}/votes/clusters/{clusterId}",
                "/api/workshops/{workshopId}/timer/start", "/api/workshops/{workshopId}/timer/pause",
                "/api/workshops/{workshopId}/timer/resume", "/api/workshops/{workshopId}/timer/extend",
                "/api/workshops/{workshopId}/timer/stop", "/api/workshops/{workshopId}/ready",
                "/api/workshops/{workshopId}/phases/{phase}/settings", "/api/workshops/{workshopId}/reveal",
                "/api/workshops/{workshopId}/objections");
        assertThat(api.get("/v3/api-docs", null).body().path("components").path("schemas").path("Problem")
                .path("properties").has("code")).isTrue();
    }

    @Test
    void theApiDocumentDescribesTheEvaluatorsHistoryIntegrityAndExports() {
        JsonNode paths = api.get("/v3/api-docs", null).body().path("paths");

        assertThat(paths.fieldNames()).toIterable().contains("/api/workshops/{workshopId}/history",
                "/api/workshops/{workshopId}/integrity", "/api/integrity/verify",
                "/api/workshops/{workshopId}/events.ndjson", "/api/workshops/{workshopId}/export/{name}.{format}");
        assertThat(paths.path("/api/workshops/{workshopId}/history").path("get").path("parameters").findValuesAsText("name"))
                .contains("after", "limit", "type", "organisationId", "phase");
        assertThat(paths.path("/api/integrity/verify").path("post").path("requestBody").path("content")
                .has("application/x-ndjson")).isTrue();
    }

    @Test
    void theApiDocumentDescribesTheCallsOfEvaluation() {
        JsonNode paths = api.get("/v3/api-docs", null).body().path("paths");

        assertThat(paths.fieldNames()).toIterable().contains("/api/partnerships/{partnershipId}/trace",
                "/api/network", "/api/indicators");
        assertThat(paths.path("/api/network").path("get").path("parameters").findValuesAsText("name"))
                .contains("programme", "workshopId", "theme", "at");
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedAndRecordsNothing() {
        Response refused = api.post("/api/organisations", ORGANISER,
                Map.of("name", "x".repeat(70_000), "commune", "Firminy", "ess", true));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aClientThatFloodsTheApiIsToldToSlowDown() {
        Workshop workshop = scheduleWorkshop();
        String path = "/api/workshops/" + workshop.id();

        Response last = null;
        for (int i = 0; i < 5_000; i++) {
            last = api.get(path, workshop.evaluatorToken());
            if (last.status() == 429) {
                break;
            }
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(last.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(api.get(path, workshop.facilitatorToken()).status()).isEqualTo(200);
    }
}
