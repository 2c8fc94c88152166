package org.atelier.web.live;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import com.fasterxml.jackson.databind.JsonNode;

/** A screen as a real STOMP client over a real WebSocket: connects with a token and follows a workshop. */
final class Screen implements AutoCloseable {

    private static final ThreadPoolTaskScheduler RECEIPTS = scheduler();

    final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    /** The content types the messages came with, in the same order. */
    final BlockingQueue<String> contentTypes = new LinkedBlockingQueue<>();
    final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
    private final WebSocketStompClient client;
    private StompSession session;

    private Screen() {
        client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new CompositeMessageConverter(
                List.of(new StringMessageConverter(), new MappingJackson2MessageConverter())));
        client.setTaskScheduler(RECEIPTS);
        client.setReceiptTimeLimit(10_000);
    }

    /** Connects with the token (none when null) and the Origin header given (none when null). */
    static Screen connect(int port, String token, String origin) throws Exception {
        Screen screen = new Screen();
        StompHeaders connect = new StompHeaders();
        if (token != null) {
            connect.add("Authorization", "Bearer " + token);
        }
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        if (origin != null) {
            handshake.setOrigin(origin);
        }
        screen.session = screen.client.connectAsync("ws://127.0.0.1:" + port + "/ws", handshake, connect,
                screen.new Handler()).get(10, TimeUnit.SECONDS);
        screen.session.setAutoReceipt(true);
        return screen;
    }

    /** Subscribes to the workshop's topic and returns once the server's RECEIPT says it is in effect. */
    void follow(String workshopId) throws Exception {
        CompletableFuture<Void> receipt = new CompletableFuture<>();
        StompSession.Subscription subscription = session.subscribe("/topic/workshops/" + workshopId, new Frames());
        subscription.addReceiptTask(() -> receipt.complete(null));
        subscription.addReceiptLostTask(() -> receipt.completeExceptionally(new IllegalStateException("no RECEIPT")));
        receipt.get(10, TimeUnit.SECONDS);
    }

    /** Subscribes without waiting for anything. */
    void subscribeOnly(String destination) {
        session.subscribe(destination, new Frames());
    }

    void send(String destination, String body) {
        session.send(destination, body);
    }

    boolean isConnected() {
        return session.isConnected();
    }

    /** The next {@code count} messages, or fails when they do not come within the time given. */
    List<JsonNode> take(int count, long timeoutMillis) throws InterruptedException {
        List<JsonNode> taken = new ArrayList<>();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (taken.size() < count) {
            JsonNode next = messages.poll(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new AssertionError("received " + taken.size() + " of " + count + " messages: " + taken);
            }
            taken.add(next);
        }
        return taken;
    }

    @Override
    public void close() {
        try {
            if (session != null && session.isConnected()) {
                session.disconnect();
            }
        } catch (MessageDeliveryException | IllegalStateException alreadyClosed) {
            // The server closed the session first (it does after an ERROR frame): while sending the
            // DISCONNECT, or between the check above and it ("Connection closed", seen once in CI).
        } finally {
            client.stop();
        }
    }

    private static ThreadPoolTaskScheduler scheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setDaemon(true);
        scheduler.setPoolSize(2);
        scheduler.initialize();
        return scheduler;
    }

    private final class Handler extends StompSessionHandlerAdapter {

        @Override
        public void handleException(StompSession session, StompCommand command, StompHeaders headers, byte[] payload,
                                    Throwable exception) {
            errors.add(String.valueOf(exception));
        }

        @Override
        public void handleTransportError(StompSession session, Throwable exception) {
            errors.add("transport: " + exception);
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return String.class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            errors.add("ERROR " + headers.getFirst("message"));
        }
    }

    private final class Frames implements StompFrameHandler {

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return JsonNode.class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            contentTypes.add(String.valueOf(headers.getContentType()));
            messages.add((JsonNode) payload);
        }
    }
}
