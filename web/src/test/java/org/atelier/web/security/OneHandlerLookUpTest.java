package org.atelier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.atelier.web.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;

/**
 * Spring Security's filter chain is not wrapped in the filter that looks each request's handler up
 * a second time, and its matchers still tell open calls from those that need a token.
 */
class OneHandlerLookUpTest extends ApiTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theSecurityFilterChainIsSpringSecuritysOwnNotWrappedForAnotherLookUp() {
        assertThat(context.getBean("springSecurityFilterChain")).isInstanceOf(FilterChainProxy.class);
    }

    @Test
    void joiningIsOpenAndTheRestOfTheApiNeedsAToken() {
        assertThat(api.post("/api/join", null, Map.of("joinCode", "NOPE-NOPE")).status()).isNotEqualTo(401);
        assertThat(api.get("/api/join/NOPE-NOPE", null).status()).isNotEqualTo(401);
        assertThat(api.get("/api/organisations", null).status()).isEqualTo(401);
        assertThat(api.post("/api/workshops", null, Map.of("title", "t", "theme", "t")).status()).isEqualTo(401);
    }
}
