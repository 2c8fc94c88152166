package org.atelier.web.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A WebSocket that sends STOMP frames as raw text, whatever they hold, and keeps what comes back. */
final class RawStomp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private RawStomp(int port) throws Exception {
        socket = HTTP.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new Listener())
                .get(10, TimeUnit.SECONDS);
    }

    static RawStomp open(int port) throws Exception {
        return new RawStomp(port);
    }

    /** Opens a session with the token and waits for CONNECTED. */
    static RawStomp connected(int port, String token) throws Exception {
        RawStomp stomp = open(port);
        stomp.send("CONNECT\naccept-version:1.2\nheart-beat:0,0\nAuthorization:Bearer " + token + "\n\n\0");
        String answer = stomp.frames.poll(10, TimeUnit.SECONDS);
        if (answer == null || !answer.startsWith("CONNECTED")) {
            throw new IllegalStateException("CONNECT answered " + answer);
        }
        return stomp;
    }

    void send(String text) throws Exception {
        socket.sendText(text, true).get(10, TimeUnit.SECONDS);
    }

    /** Subscribes to the workshop and waits until the subscription is in effect. */
    void follow(String workshopId) throws Exception {
        send("SUBSCRIBE\nid:0\ndestination:/topic/workshops/" + workshopId + "\nreceipt:followed\n\n\0");
        String answer = frames.poll(10, TimeUnit.SECONDS);
        if (answer == null || !answer.startsWith("RECEIPT")) {
            throw new IllegalStateException("SUBSCRIBE answered " + answer);
        }
    }

    boolean isOpen() {
        return !closed.isDone() && !socket.isInputClosed();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
