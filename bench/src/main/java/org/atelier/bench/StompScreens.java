package org.atelier.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.WebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * N screens following one workshop the way the API says a client does: CONNECT with a bearer
 * token, SUBSCRIBE with a receipt, and only then count as following.
 *
 * <p>Each screen is a plain WebSocket client, the floor's own ({@link BareClients}), reading the
 * STOMP frames itself: a frame is stamped as it arrives, before anything parses it, as the floor
 * stamps its messages. Spring's STOMP client decoded every frame into a message with its headers
 * before a screen saw it; in the latency bench, whose screens share the two cores with the server,
 * that decoding took four times the floor's clients' samples at N = 1000 (stop 29's profile), and
 * a frame waited behind the decoding of the screens served before it.
 */
public final class StompScreens implements AutoCloseable {

    private final List<WebSocketSession> sessions;

    private StompScreens(List<WebSocketSession> sessions) {
        this.sessions = sessions;
    }

    public static StompScreens open(WebSocketClient client, String url, String token, String workshopId, int count,
                                    Audience audience, Duration timeout) throws Exception {
        List<WebSocketSession> sessions = Connecting.all(count, () -> {
            Screen screen = new Screen(token, "/topic/workshops/" + workshopId, audience.newInbox(), audience);
            client.execute(screen, url).whenComplete((session, failure) -> {
                if (failure != null) {
                    screen.following.completeExceptionally(failure);
                }
            });
            return screen.following;
        }, timeout);
        return new StompScreens(sessions);
    }

    public int size() {
        return sessions.size();
    }

    /** Closes each screen's connection normally, which the server takes as its leaving. */
    @Override
    public void close() {
        for (WebSocketSession session : sessions) {
            try {
                session.close(CloseStatus.NORMAL);
            } catch (IOException closing) {
                // The screen has stopped following either way; what it received was counted already.
            }
        }
    }

    /** One screen: connects, subscribes once connected, and follows once the subscription is received. */
    private static final class Screen extends TextWebSocketHandler {

        private final String token;
        private final String destination;
        private final Inbox inbox;
        private final Audience audience;
        private final CompletableFuture<WebSocketSession> following = new CompletableFuture<>();

        Screen(String token, String destination, Inbox inbox, Audience audience) {
            this.token = token;
            this.destination = destination;
            this.inbox = inbox;
            this.audience = audience;
        }

        @Override
        public void afterConnectionEstablished(WebSocketSession session) throws IOException {
            session.sendMessage(new TextMessage(Frame.connect(token)));
        }

        @Override
        protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
            long arrived = System.nanoTime();
            String text = message.getPayload();
            for (Frame frame : Frame.parse(text)) {
                switch (frame.command()) {
                    case "MESSAGE" -> inbox.receive(arrived, frame.body());
                    case "CONNECTED" -> session.sendMessage(
                            new TextMessage(Frame.subscribe(destination, "follow-" + session.getId())));
                    case "RECEIPT" -> following.complete(session);
                    case "ERROR" -> refused(new IllegalStateException("ERROR frame " + frame));
                    default -> refused(new IllegalStateException("Unexpected frame " + frame));
                }
            }
        }

        @Override
        public void handleTransportError(WebSocketSession session, Throwable exception) {
            refused(exception);
        }

        /** A connection lost while following is a transport error, as the floor's clients count it. */
        @Override
        public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
            if (!following.isDone()) {
                following.completeExceptionally(new IllegalStateException("closed before following: " + status));
            } else if (!status.equalsCode(CloseStatus.NORMAL)) {
                audience.transportError(new IllegalStateException("closed " + status));
            }
        }

        private void refused(Throwable cause) {
            audience.transportError(cause);
            following.completeExceptionally(cause);
        }
    }
}
