package org.atelier.bench.crash;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One screen following a workshop as API.md says a client comes back: CONNECT, SUBSCRIBE with a
 * receipt, then read the board, then apply only the messages past the board's version. It keeps
 * the positions it applied, to check that it got every change once, in order.
 */
final class FollowingScreen implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
    private final ThreadPoolTaskScheduler receipts = new ThreadPoolTaskScheduler();
    private final ConcurrentLinkedQueue<Long> received = new ConcurrentLinkedQueue<>();
    private StompSession session;
    private long boardVersion;

    /** Subscribed once this returns; {@code boardVersion} must then be read by the caller. */
    void follow(int port, String token, String workshopId) throws Exception {
        receipts.initialize();
        client.setTaskScheduler(receipts);
        StompHeaders connect = new StompHeaders();
        connect.add("Authorization", "Bearer " + token);
        session = client.connectAsync("ws://127.0.0.1:" + port + "/ws", (WebSocketHttpHeaders) null, connect,
                new StompSessionHandlerAdapter() { }).get(10, TimeUnit.SECONDS);
        StompHeaders subscribe = new StompHeaders();
        subscribe.setDestination("/topic/workshops/" + workshopId);
        subscribe.setReceipt("follow");
        CompletableFuture<Void> subscribed = new CompletableFuture<>();
        StompSession.Subscription subscription = session.subscribe(subscribe, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                try {
                    received.add(JSON.readTree((byte[]) payload).path("position").asLong());
                } catch (java.io.IOException unreadable) {
                    received.add(-1L);
                }
            }
        });
        subscription.addReceiptTask(() -> subscribed.complete(null));
        subscription.addReceiptLostTask(() -> subscribed.completeExceptionally(new IllegalStateException("no RECEIPT")));
        subscribed.get(10, TimeUnit.SECONDS);
    }

    void boardRead(long version) {
        this.boardVersion = version;
    }

    /**
     * What is wrong with what the screen applied: the messages past the board it read must be the
     * positions right after it, each once, in order. Empty when nothing is wrong.
     */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        long expected = boardVersion + 1;
        for (long position : received) {
            if (position <= boardVersion) {
                continue;
            }
            if (position != expected) {
                problems.add("screen applied position " + position + " where " + expected + " was next");
                break;
            }
            expected++;
        }
        return problems;
    }

    /** How many changes the screen applied past the board it read. */
    long applied() {
        return received.stream().filter(position -> position > boardVersion).count();
    }

    @Override
    public void close() {
        if (session != null && session.isConnected()) {
            try {
                session.disconnect();
            } catch (RuntimeException alreadyGone) {
                // The server died under it.
            }
        }
        client.stop();
        receipts.shutdown();
    }
}
