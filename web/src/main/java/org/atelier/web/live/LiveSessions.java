package org.atelier.web.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.security.Caller;
import org.atelier.web.security.FacilitatorRevoked;
import org.atelier.web.security.ParticipantRevoked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

/**
 * The screens open on this instance and whom they were opened for, so that a participant put out
 * of the room, or a facilitator withdrawn from it, loses their screens at once, not at their next
 * frame; so that attendance can tell who is connected; and so that the workshops' changes reach
 * each screen ({@link #screen}). A slow or stalled screen cannot hold the others back: what waits for
 * it is bounded in bytes and in time, past which its session is closed (it reconnects and catches
 * up from the board).
 */
@Component
class LiveSessions implements WebSocketHandlerDecoratorFactory {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSessions.class);
    private static final CloseStatus REMOVED = CloseStatus.POLICY_VIOLATION.withReason("Removed from the workshop");

    private final Map<String, LiveScreen> screens = new ConcurrentHashMap<>();
    private final Map<String, Caller> callers = new ConcurrentHashMap<>();
    private final ObjectProvider<Executor> sending;
    private final int sendBufferBytes;
    private final int sendTimeMillis;

    /**
     * @param sending the threads that send Spring's STOMP frames to the screens, which send the changes
     *                too; built with the broker's configuration, which needs these sessions, so found later
     */
    LiveSessions(@Qualifier("clientOutboundChannelExecutor") ObjectProvider<Executor> sending,
                 @Value("${atelier.live.send-buffer-bytes:524288}") int sendBufferBytes,
                 @Value("${atelier.live.send-time-limit:10s}") Duration sendTimeLimit) {
        this.sending = sending;
        this.sendBufferBytes = sendBufferBytes;
        this.sendTimeMillis = (int) sendTimeLimit.toMillis();
    }

    int sendBufferBytes() {
        return sendBufferBytes;
    }

    int sendTimeMillis() {
        return sendTimeMillis;
    }

    /**
     * Every frame to a screen, Spring's and the changes', goes through one decorator of its session,
     * which sends one frame at a time and buffers the others; Spring's STOMP handler decorates it again.
     */
    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                WebSocketSession oneAtATime = new ConcurrentWebSocketSessionDecorator(session, sendTimeMillis,
                        sendBufferBytes);
                screens.put(session.getId(), new LiveScreen(oneAtATime, sending.getObject(), sendBufferBytes,
                        TimeUnit.MILLISECONDS.toNanos(sendTimeMillis)));
                super.afterConnectionEstablished(oneAtATime);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
                screens.remove(session.getId());
                callers.remove(session.getId());
                super.afterConnectionClosed(session, closeStatus);
            }
        };
    }

    /** The sender of the changes to a screen of this instance; null when it is gone. */
    LiveScreen screen(String sessionId) {
        return screens.get(sessionId);
    }

    /** A session's CONNECT was accepted for this caller. */
    void connected(String sessionId, Caller caller) {
        if (caller.participantId() != null || caller.facilitatorId() != null) {
            callers.put(sessionId, caller);
        }
    }

    /** Whom a screen of this instance was opened for; null when unknown or closed. */
    Caller callerOf(String sessionId) {
        return callers.get(sessionId);
    }

    /** The participants with a screen open on this instance now, each once. */
    Set<Caller> connectedParticipants() {
        return callers.values().stream().filter(caller -> caller.participantId() != null)
                .collect(Collectors.toSet());
    }

    @EventListener
    void on(ParticipantRevoked revoked) {
        close(revoked.participantId());
    }

    @EventListener
    void on(FacilitatorRevoked revoked) {
        close(revoked.workshopId(), revoked.facilitatorId());
    }

    /** Closes every screen of that participant on this instance. */
    void close(ParticipantId participantId) {
        closeWhere(caller -> participantId.equals(caller.participantId()));
    }

    /** Closes every screen of that facilitator of that workshop on this instance. */
    void close(WorkshopId workshopId, FacilitatorId facilitatorId) {
        closeWhere(caller -> workshopId.equals(caller.workshopId()) && facilitatorId.equals(caller.facilitatorId()));
    }

    private void closeWhere(Predicate<Caller> removed) {
        callers.forEach((sessionId, caller) -> {
            LiveScreen screen = screens.get(sessionId);
            if (removed.test(caller) && screen != null) {
                try {
                    screen.close(REMOVED);
                } catch (IOException alreadyGone) {
                    LOG.debug("Session {} of someone removed was already closing", sessionId, alreadyGone);
                }
            }
        });
    }
}
