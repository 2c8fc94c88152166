package org.atelier.query.processing;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps an eye on the processors while the application runs: notes every second which are in
 * error (so health can say since when), and tries parked events again every
 * {@code atelier.dead-letters.retry-every}.
 */
@Component
class ProcessingWatch implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessingWatch.class);
    private static final Duration LOOK_EVERY = Duration.ofSeconds(1);

    private final ProcessorErrors errors;
    private final DeadLetters deadLetters;
    private final Duration retryEvery;
    private volatile ScheduledExecutorService watch;

    ProcessingWatch(ProcessorErrors errors, DeadLetters deadLetters,
                    @Value("${atelier.dead-letters.retry-every:10s}") Duration retryEvery) {
        this.errors = errors;
        this.deadLetters = deadLetters;
        this.retryEvery = retryEvery;
    }

    @Override
    public void start() {
        watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "processing-watch");
            thread.setDaemon(true);
            return thread;
        });
        watch.scheduleWithFixedDelay(() -> safely("Looking at the processors", errors::observe),
                LOOK_EVERY.toMillis(), LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        watch.scheduleWithFixedDelay(() -> safely("Retrying parked events", deadLetters::retryAutomatically),
                retryEvery.toMillis(), retryEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void safely(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException failed) {
            LOG.warn("{} failed; trying again later", what, failed);
        }
    }

    @Override
    public void stop() {
        watch.shutdownNow();
        watch = null;
    }

    @Override
    public boolean isRunning() {
        return watch != null;
    }
}
