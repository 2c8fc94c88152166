package org.atelier.bench;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * N screens following one workshop the way the API says a client does: CONNECT with a bearer
 * token, SUBSCRIBE with a receipt, and only then count as following.
 */
public final class StompScreens implements AutoCloseable {

    /** Connections opened at once: enough to be quick, few enough not to look like a flood. */
    private static final int CONCURRENT_CONNECTS = 50;

    private final List<StompSession> sessions;

    private StompScreens(List<StompSession> sessions) {
        this.sessions = sessions;
    }

    public static StompScreens open(WebSocketStompClient client, String url, String token, String workshopId,
                                    int count, Audience audience, Duration timeout) throws Exception {
        Semaphore connecting = new Semaphore(CONCURRENT_CONNECTS);
        List<CompletableFuture<StompSession>> following = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            connecting.acquire();
            CompletableFuture<StompSession> screen =
                    follow(client, url, token, workshopId, audience.newInbox(), audience);
            screen.whenComplete((session, failure) -> connecting.release());
            following.add(screen);
        }
        List<StompSession> sessions = new ArrayList<>();
        try {
            CompletableFuture.allOf(following.toArray(CompletableFuture[]::new)).get(timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
        } finally {
            following.stream().filter(f -> f.isDone() && !f.isCompletedExceptionally()).map(CompletableFuture::join)
                    .forEach(sessions::add);
        }
        return new StompScreens(sessions);
    }

    private static CompletableFuture<StompSession> follow(WebSocketStompClient client, String url, String token,
                                                          String workshopId, Inbox inbox, Audience audience) {
        StompHeaders connect = new StompHeaders();
        connect.add("Authorization", "Bearer " + token);
        CompletableFuture<StompSession> connected =
                client.connectAsync(url, (WebSocketHttpHeaders) null, connect, new Screen(audience));
        return connected.thenCompose(session -> {
            StompHeaders subscribe = new StompHeaders();
            subscribe.setDestination("/topic/workshops/" + workshopId);
            subscribe.setReceipt("follow-" + session.getSessionId());
            CompletableFuture<StompSession> subscribed = new CompletableFuture<>();
            StompSession.Subscription subscription = session.subscribe(subscribe, new Frames(inbox));
            subscription.addReceiptTask(() -> subscribed.complete(session));
            subscription.addReceiptLostTask(() -> subscribed.completeExceptionally(
                    new IllegalStateException("No RECEIPT for the SUBSCRIBE of screen " + session.getSessionId())));
            return subscribed;
        });
    }

    public int size() {
        return sessions.size();
    }

    @Override
    public void close() {
        sessions.stream().filter(StompSession::isConnected).forEach(StompSession::disconnect);
    }

    /** Frames are taken as bytes: the screen only stamps and keeps them, parsing comes after the run. */
    private record Frames(Inbox inbox) implements StompFrameHandler {

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            inbox.receive((byte[]) payload);
        }
    }

    private static final class Screen extends StompSessionHandlerAdapter {

        private final Audience audience;

        Screen(Audience audience) {
            this.audience = audience;
        }

        @Override
        public void handleException(StompSession session, StompCommand command, StompHeaders headers, byte[] payload,
                                    Throwable exception) {
            audience.transportError(exception);
        }

        @Override
        public void handleTransportError(StompSession session, Throwable exception) {
            audience.transportError(exception);
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            // An ERROR frame: the server refused something and closes the session.
            audience.transportError(new IllegalStateException("ERROR frame " + headers + " " + payload));
        }
    }
}
