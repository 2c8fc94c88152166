package org.atelier.web.live;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One screen's live messages, sent in the order given, one at a time, by an executor's thread, so
 * that whoever gives them (the board's processor) never waits for a screen. A screen that stops
 * reading is let go as Spring's own sending does: once what waits for it exceeds the byte limit,
 * or one message has been on its way longer than the time limit, its session is closed, and it
 * reconnects and catches up from the board.
 */
final class LiveScreen {

    private static final Logger LOG = LoggerFactory.getLogger(LiveScreen.class);

    private final WebSocketSession session;
    private final Executor sending;
    private final long byteLimit;
    private final long timeLimitNanos;
    private final Queue<TextMessage> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicLong waitingBytes = new AtomicLong();
    private final AtomicBoolean sendingNow = new AtomicBoolean();
    private final AtomicBoolean lettingGo = new AtomicBoolean();
    private volatile long sendStarted;

    /**
     * @param session the session as every sender of this screen writes to it, so that its frames and
     *                Spring's (receipts, heartbeats) never interleave
     */
    LiveScreen(WebSocketSession session, Executor sending, long byteLimit, long timeLimitNanos) {
        this.session = session;
        this.sending = sending;
        this.byteLimit = byteLimit;
        this.timeLimitNanos = timeLimitNanos;
    }

    void send(TextMessage frame) {
        if (lettingGo.get()) {
            return;
        }
        waiting.add(frame);
        if (waitingBytes.addAndGet(frame.getPayloadLength()) > byteLimit || isStuck()) {
            letGo();
            return;
        }
        if (sendingNow.compareAndSet(false, true)) {
            sending.execute(this::sendWaiting);
        }
    }

    private boolean isStuck() {
        long started = sendStarted;
        return started != 0 && System.nanoTime() - started > timeLimitNanos;
    }

    private void sendWaiting() {
        while (true) {
            TextMessage frame = waiting.poll();
            if (frame == null) {
                sendingNow.set(false);
                if (waiting.isEmpty() || !sendingNow.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            waitingBytes.addAndGet(-frame.getPayloadLength());
            if (lettingGo.get()) {
                continue;
            }
            sendStarted = System.nanoTime();
            try {
                session.sendMessage(frame);
            } catch (IOException | RuntimeException gone) {
                LOG.debug("A live message to session {} was not sent; the screen catches up when it reconnects",
                        session.getId(), gone);
                letGo();
            } finally {
                sendStarted = 0;
            }
        }
    }

    /** Closes the screen's session, as every sender of it writes to it. */
    void close(CloseStatus status) throws IOException {
        session.close(status);
    }

    /** Closes the session on another thread: a close may wait for the write that is stuck. */
    private void letGo() {
        if (lettingGo.compareAndSet(false, true)) {
            waiting.clear();
            sending.execute(() -> {
                try {
                    close(CloseStatus.SESSION_NOT_RELIABLE);
                } catch (IOException alreadyGone) {
                    LOG.debug("Session {} was already closing", session.getId(), alreadyGone);
                }
            });
        }
    }
}
