package org.atelier.query.rebuild;

import java.time.Instant;
import java.util.List;

/**
 * Where the rebuild stands, as the organiser's screen and API show it.
 *
 * @param stage           while running, what the rebuild is doing; {@code null} otherwise
 * @param eventsTotal     the events to replay: the store's head position when the rebuild started
 *                        (the events done once finished)
 * @param eventsPerSecond events replayed per second since the rebuild started reading
 * @param secondsLeft     at that rate, for the events still to replay
 * @param identical       once compared: whether the rebuilt read models equal the live ones document
 *                        for document; {@code null} before, or when some could not be compared
 * @param differences     the first differences found, if any
 * @param notCompared     read models whose live processor was still behind the rebuild (catching up
 *                        itself): taken over by the rebuild, their live side could not be compared
 * @param pausedMillis    how long the live processors were held while the rebuild took their last
 *                        events, compared again what differed and switched to the rebuilt database
 */
public record RebuildStatus(State state, Stage stage, long eventsDone, long eventsTotal, double eventsPerSecond,
                            Long secondsLeft, Instant startedAt, Instant finishedAt, Boolean identical,
                            long documentsCompared, List<Difference> differences, List<String> notCompared,
                            List<String> readModels,
                            Long pausedMillis, String failure) {

    public enum State {
        IDLE, RUNNING, DONE, FAILED
    }

    /**
     * The steps of a running rebuild, in their order: replaying every event stored when it began;
     * writing the rebuilt documents; catching up with the events stored meanwhile; comparing with
     * the live read models while they go on; holding the live processors while the rebuild takes
     * their last events and checks again what differed; switching to the rebuilt database. Screens
     * wait only while held and switching.
     */
    public enum Stage {
        REPLAYING, WRITING, CATCHING_UP, COMPARING, HOLDING, SWITCHING
    }

    /** One document that differs: where, and both values at the first differing field. */
    public record Difference(String collection, String documentId, String field, String live, String rebuilt) {
    }

    static RebuildStatus idle() {
        return new RebuildStatus(State.IDLE, null, 0, 0, 0, null, null, null, null, 0, List.of(), List.of(), List.of(), null,
                null);
    }

    /** The same status at another stage of the run. */
    RebuildStatus at(Stage next) {
        return new RebuildStatus(state, next, eventsDone, eventsTotal, eventsPerSecond, secondsLeft, startedAt,
                finishedAt, identical, documentsCompared, differences, notCompared, readModels, pausedMillis, failure);
    }

    boolean running() {
        return state == State.RUNNING;
    }
}
