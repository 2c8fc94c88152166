package org.atelier.bench;

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

    void receive(String body) {
        receive(System.nanoTime(), body);
    }

    /** A message stamped by its client as it arrived, before the client parsed it. */
    void receive(long arrivedNanos, String body) {
        record(new Arrival(arrivedNanos, audience.kept(body)));
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
