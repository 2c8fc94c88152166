package org.atelier.web.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client: a burst of {@code burst} requests, refilled at {@code perSecond}.
 * Set well above normal use (a burst of 200 posts passes); it only stops abuse.
 */
@Component
class RateLimiter {

    private static final int MAX_CLIENTS = 50_000;

    private final double burst;
    private final double perSecond;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(@Value("${atelier.rate-limit.burst:600}") double burst,
                @Value("${atelier.rate-limit.per-second:100}") double perSecond) {
        this.burst = burst;
        this.perSecond = perSecond;
    }

    /** Takes one request from the client's bucket; false when it is empty. */
    boolean tryAcquire(String client, long nowNanos) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(nowNanos));
        }
        return buckets.computeIfAbsent(client, key -> new Bucket(burst, nowNanos)).take(nowNanos);
    }

    private final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long refilledAt) {
            this.tokens = tokens;
            this.refilledAt = refilledAt;
        }

        synchronized boolean take(long nowNanos) {
            refill(nowNanos);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean isFullAt(long nowNanos) {
            refill(nowNanos);
            return tokens >= burst;
        }

        private void refill(long nowNanos) {
            tokens = Math.min(burst, tokens + (nowNanos - refilledAt) / 1e9 * perSecond);
            refilledAt = nowNanos;
        }
    }
}
