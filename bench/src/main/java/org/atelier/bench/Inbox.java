package org.atelier.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What one screen (or one bare client) received, each message with the instant it arrived. */
public final class Inbox {

    public record Arrival(long nanos, String body) {
    }

    private final Audience audience;
    private final List<Arrival> arrivals = new ArrayList<>();

    Inbox(Audience audience) {
        this.audience = audience;
    }

    /** The clock is read first, so decoding the frame is not counted against the server. */
    void receive(byte[] body) {
        long now = System.nanoTime();
        record(new Arrival(now, audience.kept(new String(body, StandardCharsets.UTF_8))));
    }

    void receive(String body) {
        long now = System.nanoTime();
        record(new Arrival(now, audience.kept(body)));
    }

    public synchronized List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    private void record(Arrival arrival) {
        synchronized (this) {
            arrivals.add(arrival);
        }
        audience.received();
    }
}
