package org.atelier.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The inboxes of the N clients of one trial, and how many messages they received in all. */
public final class Audience {

    private final List<Inbox> inboxes = new ArrayList<>();
    /** Every client receives the same texts: each is kept once, not once per client. */
    private final ConcurrentMap<String, String> texts = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicInteger transportErrors = new AtomicInteger();
    private volatile Throwable firstTransportError;

    synchronized Inbox newInbox() {
        Inbox inbox = new Inbox(this);
        inboxes.add(inbox);
        return inbox;
    }

    public synchronized List<Inbox> inboxes() {
        return List.copyOf(inboxes);
    }

    /**
     * The one copy kept of a text that clients received. Kept once per client, the texts of a run
     * (500 bytes × N clients × 60 messages) lived in the heap the application shares until the
     * trial's end, and the application's young collections copied them.
     */
    String kept(String text) {
        String first = texts.putIfAbsent(text, text);
        return first == null ? text : first;
    }

    void received() {
        received.incrementAndGet();
    }

    void transportError(Throwable cause) {
        if (transportErrors.getAndIncrement() == 0) {
            firstTransportError = cause;
        }
    }

    public Throwable firstTransportError() {
        return firstTransportError;
    }

    public int transportErrors() {
        return transportErrors.get();
    }

    /**
     * Waits until the inboxes hold {@code total} messages in all, or the timeout passes; then a
     * little longer, so that a duplicate arriving late is still seen.
     */
    public void awaitTotal(long total, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.get() < total && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(200);
    }
}
