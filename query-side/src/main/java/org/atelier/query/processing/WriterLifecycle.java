package org.atelier.query.processing;

import org.springframework.context.SmartLifecycle;

/**
 * A read model's {@link WritingBehind} as part of the application: its timer starts with it and
 * stops after the processors, which write what they hold when they release their claims.
 */
public abstract class WriterLifecycle implements SmartLifecycle {

    private final WritingBehind writing;

    protected WriterLifecycle(WritingBehind writing) {
        this.writing = writing;
    }

    protected final WritingBehind writing() {
        return writing;
    }

    @Override
    public final void start() {
        writing.start();
    }

    @Override
    public final void stop() {
        writing.stop();
    }

    @Override
    public final boolean isRunning() {
        return writing.isRunning();
    }

    /** Stops after the processors (they write what they hold when they release their claim). */
    @Override
    public final int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
