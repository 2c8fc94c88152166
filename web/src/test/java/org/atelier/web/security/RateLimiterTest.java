package org.atelier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstUpToTheLimitPassesAndTheNextIsRefused() {
        RateLimiter limiter = new RateLimiter(200, 10);

        for (int i = 0; i < 200; i++) {
            assertThat(limiter.tryAcquire("client", 0)).isTrue();
        }
        assertThat(limiter.tryAcquire("client", 0)).isFalse();
    }

    @Test
    void theBucketRefillsWithTime() {
        RateLimiter limiter = new RateLimiter(1, 10);
        limiter.tryAcquire("client", 0);

        assertThat(limiter.tryAcquire("client", SECOND / 20)).isFalse();
        assertThat(limiter.tryAcquire("client", SECOND / 10)).isTrue();
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(1, 1);
        limiter.tryAcquire("one", 0);

        assertThat(limiter.tryAcquire("two", 0)).isTrue();
    }
}
