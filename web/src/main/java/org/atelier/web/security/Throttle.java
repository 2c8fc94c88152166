package org.atelier.web.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets (Bucket4j) per client and kind of call, in a bounded cache (Caffeine) so that a
 * flood of addresses cannot grow memory: a client not seen for ten minutes starts afresh, which is
 * what a full bucket would give it anyway.
 *
 * <ul>
 * <li>{@link Kind#API}: every API call, per token (or per address without one); set well above
 * normal use, a burst of 200 posts included.</li>
 * <li>{@link Kind#JOIN}: join-code look-ups (the join page's read, joining, the QR picture) and
 * coming back with a rejoin code, per address: what guessing codes needs, and a room of people behind one address does a few times.</li>
 * <li>{@link Kind#FAILED_AUTHENTICATION}: refused tokens, per address, on HTTP calls and STOMP's
 * CONNECT together: forging is slowed down.</li>
 * </ul>
 */
@Component
public class Throttle {

    public enum Kind { API, JOIN, FAILED_AUTHENTICATION }

    /** Whether the call may go on, and if not, in how many seconds it may be retried. */
    public record Verdict(boolean allowed, long retryAfterSeconds) {
    }

    private final Cache<String, Bucket> buckets;
    private final Bandwidth api;
    private final Bandwidth join;
    private final Bandwidth failedAuthentication;

    Throttle(@Value("${atelier.rate-limit.burst:600}") long apiBurst,
             @Value("${atelier.rate-limit.per-second:100}") long apiPerSecond,
             @Value("${atelier.rate-limit.join.burst:120}") long joinBurst,
             @Value("${atelier.rate-limit.join.per-minute:60}") long joinPerMinute,
             @Value("${atelier.rate-limit.failed-authentication.burst:30}") long failedBurst,
             @Value("${atelier.rate-limit.failed-authentication.per-minute:10}") long failedPerMinute,
             @Value("${atelier.rate-limit.clients:100000}") long clients) {
        this.api = bandwidth(apiBurst, apiPerSecond, Duration.ofSeconds(1));
        this.join = bandwidth(joinBurst, joinPerMinute, Duration.ofMinutes(1));
        this.failedAuthentication = bandwidth(failedBurst, failedPerMinute, Duration.ofMinutes(1));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(clients)
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    public Verdict take(Kind kind, String client) {
        Bucket bucket = buckets.get(kind + " " + client, key -> Bucket.builder().addLimit(bandwidthOf(kind)).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Verdict(probe.isConsumed(),
                Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L)));
    }

    private Bandwidth bandwidthOf(Kind kind) {
        return switch (kind) {
            case API -> api;
            case JOIN -> join;
            case FAILED_AUTHENTICATION -> failedAuthentication;
        };
    }

    /** A burst of {@code burst}, refilled gradually at {@code tokens} per {@code period}. */
    private static Bandwidth bandwidth(long burst, long tokens, Duration period) {
        return Bandwidth.builder().capacity(burst).refillGreedy(tokens, period).build();
    }
}
