package org.atelier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.Map;

import org.atelier.web.ApiClient.Response;
import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;

/** Every answer, page or API, carries the headers that keep pages and tokens where they belong. */
class SecurityHeadersTest extends ApiTest {

    @Test
    void pagesMayRunOnlyTheirOwnScriptsAndCannotBeFramed() {
        HttpHeaders headers = api.getAny("/participant.html", null).raw().headers();

        String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(directive(policy, "script-src")).isEqualTo("script-src 'self'");
        assertThat(directive(policy, "default-src")).isEqualTo("default-src 'self'");
        assertThat(directive(policy, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
        assertThat(directive(policy, "object-src")).isEqualTo("object-src 'none'");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void answersThatCarryATokenAreNeverStored() {
        Response created = api.post("/api/workshops", ORGANISER, Map.of("title", unique("Headers"), "theme", "t"));
        Response joined = api.post("/api/join", null, Map.of("joinCode", created.text("joinCode"),
                "displayName", "Ana", "organisationId", registerOrganisation(unique("Org"), "Firminy", true)));

        assertThat(created.raw().headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        assertThat(joined.raw().headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
    }

    @Test
    void apiAnswersAndRefusalsCarryTheHeadersToo() {
        for (Response response : new Response[] {api.get("/api/organisations", ORGANISER),
                api.get("/api/organisations", null), api.get("/api/organisations", "forged")}) {
            HttpHeaders headers = response.raw().headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("Content-Security-Policy")).isPresent();
            assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        }
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        return null;
    }
}
