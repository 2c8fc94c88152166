package org.atelier.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** N plain WebSocket clients of the floor, and the one that publishes to them. */
final class BareClients implements AutoCloseable {

    private final List<WebSocketSession> receivers;
    private final WebSocketSession publisher;

    private BareClients(List<WebSocketSession> receivers, WebSocketSession publisher) {
        this.receivers = receivers;
        this.publisher = publisher;
    }

    static BareClients open(StandardWebSocketClient client, BareBroadcast server, int count, Audience audience,
                            Duration timeout) throws Exception {
        String url = "ws://127.0.0.1:" + server.port() + BareBroadcast.PATH;
        List<WebSocketSession> receivers = Connecting.all(count,
                () -> client.execute(new Receiver(audience.newInbox(), audience), url), timeout);
        WebSocketSession publisher = client.execute(new TextWebSocketHandler(),
                url + "?" + BareBroadcast.PUBLISHER).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        // The client may see its handshake done a moment before the server has registered it.
        long deadline = System.nanoTime() + timeout.toNanos();
        while (server.receivers() < receivers.size() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return new BareClients(receivers, publisher);
    }

    int size() {
        return receivers.size();
    }

    void publish(String text) throws Exception {
        publisher.sendMessage(new TextMessage(text));
    }

    @Override
    public void close() throws Exception {
        publisher.close();
        for (WebSocketSession receiver : receivers) {
            receiver.close();
        }
    }

    private static final class Receiver extends TextWebSocketHandler {

        private final Inbox inbox;
        private final Audience audience;

        Receiver(Inbox inbox, Audience audience) {
            this.inbox = inbox;
            this.audience = audience;
        }

        @Override
        protected void handleTextMessage(WebSocketSession session, TextMessage message) {
            inbox.receive(message.getPayload());
        }

        @Override
        public void handleTransportError(WebSocketSession session, Throwable exception) {
            audience.transportError(exception);
        }

        @Override
        public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
            if (!status.equalsCode(CloseStatus.NORMAL)) {
                audience.transportError(new IllegalStateException("closed " + status));
            }
        }
    }
}
