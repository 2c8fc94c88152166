package org.atelier.web.dispatch;

import java.time.Duration;

import org.atelier.query.board.BoardProgress;
import org.atelier.shared.workshop.WorkshopId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The embedded default's watch: one process holds the event store, so the board processor runs
 * here and a writer waits on the board in memory ({@link BoardProgress}). Nothing needs opening
 * before the command: the board itself says whether it shows the position.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
class LocalBoardWatch implements BoardWatch {

    private final BoardProgress progress;

    LocalBoardWatch(BoardProgress progress) {
        this.progress = progress;
    }

    @Override
    public Watching watch(WorkshopId workshopId) {
        return new Watching() {
            @Override
            public boolean shown(long position, Duration timeout) {
                try {
                    return progress.awaitShown(workshopId, position, timeout);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the board of " + workshopId, e);
                }
            }

            @Override
            public void close() {
            }
        };
    }
}
