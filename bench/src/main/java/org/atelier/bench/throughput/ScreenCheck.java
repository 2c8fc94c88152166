package org.atelier.bench.throughput;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atelier.bench.Inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What one screen received, checked the way API.md says a client applies messages: past the
 * board's version it read after subscribing, positions must follow one another (each once, in
 * order, no gap), up to the last position the event store holds; and the changes must be exactly
 * what each writer was told was acknowledged, in the order it sent them, with nothing else.
 */
final class ScreenCheck {

    private static final int KEPT_PROBLEMS = 10;

    /** What a check found; {@link #intact()} when nothing. */
    record Findings(String workshopId, long applied, long gaps, long repeats, long missing, long unexpected,
                    List<String> problems) {

        boolean intact() {
            return problems.isEmpty();
        }
    }

    private final ObjectMapper json;
    private final List<String> problems = new ArrayList<>();

    private ScreenCheck(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param boardVersion the board's version read once the screen was subscribed
     * @param storeHead    the workshop's last position in the event store, once the load was over
     */
    static Findings check(String workshopId, long boardVersion, List<Inbox.Arrival> arrivals, List<Journal> writers,
                          long storeHead, int transportErrors, ObjectMapper json) {
        return new ScreenCheck(json).run(workshopId, boardVersion, arrivals, writers, storeHead, transportErrors);
    }

    private Findings run(String workshopId, long boardVersion, List<Inbox.Arrival> arrivals, List<Journal> writers,
                         long storeHead, int transportErrors) {
        Map<String, List<Change>> shown = new HashMap<>();
        writers.forEach(writer -> shown.put(writer.name(), new ArrayList<>()));
        long next = boardVersion + 1;
        long applied = 0;
        long gaps = 0;
        long repeats = 0;
        long unexpected = 0;
        for (Inbox.Arrival arrival : arrivals) {
            JsonNode message = parse(arrival.body());
            long position = message.path("position").asLong(-1);
            if (position <= boardVersion) {
                continue;
            }
            if (position < next) {
                repeats++;
                problem("position " + position + " came again or back, after " + (next - 1));
                continue;
            }
            if (position > next) {
                gaps += position - next;
                problem("positions " + next + " to " + (position - 1) + " never came; " + position + " did");
            }
            next = position + 1;
            applied++;
            Change change = Change.of(message);
            Journal author = writers.stream().filter(writer -> writer.owns(change.ideaId())).findFirst().orElse(null);
            if (author == null) {
                unexpected++;
                problem("position " + position + " is no writer's command: " + change);
            } else {
                shown.get(author.name()).add(change);
            }
        }
        if (storeHead >= next) {
            gaps += storeHead - next + 1;
            problem("the event store holds positions up to " + storeHead + "; the screen got none past " + (next - 1));
        }
        long missing = 0;
        for (Journal writer : writers) {
            missing += compare(writer, shown.get(writer.name()));
        }
        if (transportErrors > 0) {
            problem(transportErrors + " transport errors on the screen");
        }
        return new Findings(workshopId, applied, gaps, repeats, missing, unexpected, List.copyOf(problems));
    }

    /**
     * The writer's acknowledged changes against those the screen showed for it, in order; its last
     * command, if left without an answer, may be there or not. Answers how many acknowledged
     * changes the screen did not show in their place.
     */
    private long compare(Journal writer, List<Change> shown) {
        List<Change> acknowledged = writer.acknowledged();
        if (shown.equals(acknowledged) || (writer.unanswered() != null && shown.size() == acknowledged.size() + 1
                && shown.subList(0, acknowledged.size()).equals(acknowledged)
                && shown.get(acknowledged.size()).equals(writer.unanswered()))) {
            return 0;
        }
        int matched = 0;
        int first = -1;
        for (Change change : shown) {
            if (matched < acknowledged.size() && change.equals(acknowledged.get(matched))) {
                matched++;
            } else if (first < 0) {
                first = matched;
            }
        }
        int at = first < 0 ? matched : first;
        problem(writer.name() + ": the screen showed " + shown.size() + " changes for " + acknowledged.size()
                + " acknowledged; first difference at its change #" + at + ": acknowledged "
                + (at < acknowledged.size() ? acknowledged.get(at) : "nothing") + ", shown "
                + (at < shown.size() ? shown.get(at) : "nothing"));
        return acknowledged.size() - matched;
    }

    private void problem(String problem) {
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(problem);
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException unreadable) {
            problem("an unreadable message: " + body);
            return json.createObjectNode();
        }
    }
}
