package org.atelier.web.live;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.atelier.shared.workshop.ParticipantId;
import org.atelier.web.security.Caller;
import org.atelier.web.security.ParticipantRevoked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

/**
 * The screens open on this instance and whom they were opened for, so that a participant put out
 * of the room loses their screens at once, not at their next frame.
 */
@Component
class LiveSessions implements WebSocketHandlerDecoratorFactory {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSessions.class);
    private static final CloseStatus REMOVED = CloseStatus.POLICY_VIOLATION.withReason("Removed from the workshop");

    private final Map<String, WebSocketSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, ParticipantId> participants = new ConcurrentHashMap<>();

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                sessions.put(session.getId(), session);
                super.afterConnectionEstablished(session);
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) throws Exception {
                sessions.remove(session.getId());
                participants.remove(session.getId());
                super.afterConnectionClosed(session, closeStatus);
            }
        };
    }

    /** A session's CONNECT was accepted for this caller. */
    void connected(String sessionId, Caller caller) {
        if (caller.participantId() != null) {
            participants.put(sessionId, caller.participantId());
        }
    }

    @EventListener
    void on(ParticipantRevoked revoked) {
        close(revoked.participantId());
    }

    /** Closes every screen of that participant on this instance. */
    void close(ParticipantId participantId) {
        participants.forEach((sessionId, participant) -> {
            WebSocketSession session = sessions.get(sessionId);
            if (participant.equals(participantId) && session != null) {
                try {
                    session.close(REMOVED);
                } catch (IOException alreadyGone) {
                    LOG.debug("Session {} of a removed participant was already closing", sessionId, alreadyGone);
                }
            }
        });
    }
}
