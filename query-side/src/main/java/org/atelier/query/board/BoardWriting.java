package org.atelier.query.board;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.atelier.query.processing.ForwardingTokenStore;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * When the boards are written, and the board processor's token with them. Writing a big board
 * after every small batch (a few events each while a room is busy) cost more than folding the
 * events: the boards are written every {@code atelier.boards.write-every} instead, and the token
 * the processor stores in between waits ({@link #tokens()}) until the boards it covers are
 * written, then goes to the store right after them. So the token is never ahead of a written
 * board, and a crash makes the processor fold again at most that interval's events.
 *
 * <p>A write replaces each changed board whole, so its cost grows with the boards, not with their
 * changes: a room of a thousand ideas took most of the application's time in rewriting its board
 * twenty times a second. So writing keeps to a share of the time ({@link #WRITING_SHARE}): after
 * a write that took {@code d}, the next one waits at least {@code d × 19}, and never less than
 * {@code write-every}. Only the interval grows; memory answers readers and screens meanwhile.
 */
@Component
class BoardWriting implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(BoardWriting.class);

    /** At most this share of the time goes to writing boards, whatever their size. */
    static final double WRITING_SHARE = 0.05;

    private final OpenBoards boards;
    private final MongoTemplate mongo;
    private final Duration every;
    private final WaitingTokens tokens;
    private ScheduledExecutorService writer;

    BoardWriting(OpenBoards boards, MongoTemplate mongo, TokenStore tokens,
                 @Value("${atelier.boards.write-every:50ms}") Duration every) {
        this.boards = boards;
        this.mongo = mongo;
        this.every = every;
        this.tokens = new WaitingTokens(tokens);
    }

    /** The board processor's token store: a token waits while a board it covers is not written. */
    TokenStore tokens() {
        return tokens;
    }

    @Bean
    ConfigurerModule boardTokensWaitForTheirBoards() {
        return configurer -> configurer.eventProcessing()
                .registerTokenStore(BoardProjection.PROCESSING_GROUP, config -> tokens);
    }

    /** Writes the boards changed since they were last written, then the token that waited for them. */
    void write() {
        tokens.written(() -> boards.writeBehind(mongo));
    }

    @Override
    public synchronized void start() {
        writer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "board-writer");
            thread.setDaemon(true);
            return thread;
        });
        writer.schedule(this::writeNow, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Writes, then comes back after {@link #pauseAfter} the time this write took. */
    private void writeNow() {
        long began = System.nanoTime();
        try {
            write();
        } catch (RuntimeException e) {
            LOG.warn("The boards could not be written; they stay in memory and are tried again", e);
        }
        Duration pause = pauseAfter(Duration.ofNanos(System.nanoTime() - began), every);
        synchronized (this) {
            if (writer != null) {
                writer.schedule(this::writeNow, pause.toNanos(), TimeUnit.NANOSECONDS);
            }
        }
    }

    /** The wait after a write that took {@code took}: writing keeps to its share of the time, and waits at least {@code every}. */
    static Duration pauseAfter(Duration took, Duration every) {
        Duration share = Duration.ofNanos(Math.round(took.toNanos() * (1 / WRITING_SHARE - 1)));
        return share.compareTo(every) > 0 ? share : every;
    }

    @Override
    public synchronized void stop() {
        if (writer != null) {
            writer.shutdown();
            writer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return writer != null;
    }

    /** Stops after the processors (they write what they hold when they release their claim). */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    /** The token store of the board processor, holding back a token until its boards are written. */
    private final class WaitingTokens extends ForwardingTokenStore {

        private Waiting waiting;

        private WaitingTokens(TokenStore store) {
            super(store);
        }

        @Override
        public synchronized void storeToken(TrackingToken token, String processorName, int segment)
                throws UnableToClaimTokenException {
            if (boards.anyUnwritten()) {
                waiting = new Waiting(token, processorName, segment);
                return;
            }
            waiting = null;
            super.storeToken(token, processorName, segment);
        }

        /** Runs {@code writing}, then stores the token that waited from before it began. */
        void written(Runnable writing) {
            Waiting before;
            synchronized (this) {
                before = waiting;
            }
            writing.run();
            synchronized (this) {
                if (before != null && waiting == before) {
                    waiting = null;
                    super.storeToken(before.token(), before.processorName(), before.segment());
                }
            }
        }

        @Override
        public void releaseClaim(String processorName, int segment) {
            write();
            super.releaseClaim(processorName, segment);
        }
    }

    private record Waiting(TrackingToken token, String processorName, int segment) {
    }
}
