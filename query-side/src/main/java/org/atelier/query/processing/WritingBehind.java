package org.atelier.query.processing;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A projection's documents written behind its processor, on a timer, and the processor's token
 * with them. The token the processor stores while changes are held waits ({@link #tokens()})
 * until a write covers them, then goes to the store right after it: the token is never ahead of a
 * written document, and a crash makes the processor fold again at most one interval's events.
 *
 * <p>A write replaces each changed document whole, so its cost grows with the documents, not with
 * their changes: writing keeps to a share of the time ({@link #WRITING_SHARE}). After a write that
 * took {@code d}, the next one waits at least {@code d × 19}, and never less than {@code every}.
 * A reader that needs the documents now asks for a write at once ({@link #writeSoon()}).
 */
public final class WritingBehind {

    private static final Logger LOG = LoggerFactory.getLogger(WritingBehind.class);

    /** At most this share of the time goes to writing, whatever the documents' size. */
    public static final double WRITING_SHARE = 0.05;

    private final String name;
    private final Duration every;
    private final Runnable writeAll;
    private final WaitingTokens tokens;
    private final AtomicBoolean asked = new AtomicBoolean();
    private ScheduledExecutorService writer;

    /**
     * @param name     the writing thread's name
     * @param every    the interval between two writes, at the least
     * @param store    where the processor's tokens go
     * @param held     whether changes are held that no write has covered yet (a token stored then waits)
     * @param writeAll writes every change held
     */
    public WritingBehind(String name, Duration every, TokenStore store, BooleanSupplier held, Runnable writeAll) {
        this.name = name;
        this.every = every;
        this.writeAll = writeAll;
        this.tokens = new WaitingTokens(store, held);
    }

    /** The processor's token store: a token waits while changes it covers are not written. */
    public TokenStore tokens() {
        return tokens;
    }

    /** Writes the changes held, then the token that waited for them. */
    public void write() {
        tokens.written(writeAll);
    }

    /**
     * The changes held are lost (the processor's batch failed and forgot them): the token waiting
     * for them must never be stored, the processor folds their events again from the stored one.
     */
    public void forget() {
        tokens.forget();
    }

    /** Writes at once on the writing thread (a reader waits for the token); asked again meanwhile, once. */
    public void writeSoon() {
        synchronized (this) {
            if (writer != null && asked.compareAndSet(false, true)) {
                writer.execute(() -> {
                    asked.set(false);
                    writeLoggingFailure();
                });
            }
        }
    }

    public synchronized void start() {
        writer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        writer.schedule(this::writeNow, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Writes, then comes back after {@link #pauseAfter} the time this write took. */
    private void writeNow() {
        long began = System.nanoTime();
        writeLoggingFailure();
        Duration pause = pauseAfter(Duration.ofNanos(System.nanoTime() - began), every);
        synchronized (this) {
            if (writer != null) {
                writer.schedule(this::writeNow, pause.toNanos(), TimeUnit.NANOSECONDS);
            }
        }
    }

    private void writeLoggingFailure() {
        try {
            write();
        } catch (RuntimeException e) {
            LOG.warn("{}: the changes could not be written; they stay in memory and are tried again", name, e);
        }
    }

    /** The wait after a write that took {@code took}: writing keeps to its share of the time, and waits at least {@code every}. */
    public static Duration pauseAfter(Duration took, Duration every) {
        Duration share = Duration.ofNanos(Math.round(took.toNanos() * (1 / WRITING_SHARE - 1)));
        return share.compareTo(every) > 0 ? share : every;
    }

    public synchronized void stop() {
        if (writer != null) {
            writer.shutdown();
            writer = null;
        }
    }

    public synchronized boolean isRunning() {
        return writer != null;
    }

    /** A token store holding back the token of changes not written yet. */
    private final class WaitingTokens extends ForwardingTokenStore {

        private final BooleanSupplier held;
        /** The writing thread, a reader's request and a claim released may write at the same time: one after the other. */
        private final Object oneWriteAtATime = new Object();
        private Waiting waiting;
        /** Counts what makes a waiting token unsafe to store later: a newer one stored, or its changes forgotten. */
        private long overtaken;

        private WaitingTokens(TokenStore store, BooleanSupplier held) {
            super(store);
            this.held = held;
        }

        @Override
        public synchronized void storeToken(TrackingToken token, String processorName, int segment)
                throws UnableToClaimTokenException {
            if (held.getAsBoolean()) {
                waiting = new Waiting(token, processorName, segment);
                return;
            }
            waiting = null;
            overtaken++;
            super.storeToken(token, processorName, segment);
        }

        synchronized void forget() {
            waiting = null;
            overtaken++;
        }

        /**
         * Runs {@code writing}, then stores the token that waited from before it began, unless a
         * newer token went to the store meanwhile or the changes it covers were forgotten. A token
         * that came during the write waits for the next one.
         */
        void written(Runnable writing) {
            synchronized (oneWriteAtATime) {
                Waiting before;
                long overtakenBefore;
                synchronized (this) {
                    before = waiting;
                    overtakenBefore = overtaken;
                }
                writing.run();
                synchronized (this) {
                    if (before != null && overtaken == overtakenBefore) {
                        super.storeToken(before.token(), before.processorName(), before.segment());
                        if (waiting == before) {
                            waiting = null;
                        }
                    }
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
