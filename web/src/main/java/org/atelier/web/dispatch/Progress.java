package org.atelier.web.dispatch;

import java.time.Duration;
import java.util.function.Predicate;

import org.axonframework.queryhandling.SubscriptionQueryResult;

import reactor.core.publisher.Flux;

/** Waiting on a read model's progress as a subscription query tells it: its first answer, then its updates. */
final class Progress {

    private Progress() {
    }

    /** Whether the subscription's answers reach what {@code reached} asks within {@code timeout}. */
    static <T> boolean reached(SubscriptionQueryResult<T, T> progress, Predicate<T> reached, Duration timeout) {
        return shown(Flux.concat(progress.initialResult().flux(), progress.updates()).map(reached::test), timeout);
    }

    /** Whether {@code progress} says true within {@code timeout}. */
    static boolean shown(Flux<Boolean> progress, Duration timeout) {
        return Boolean.TRUE.equals(progress.filter(Boolean::booleanValue).take(1)
                .timeout(timeout, Flux.just(false))
                .blockFirst());
    }
}
