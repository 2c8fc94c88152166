package org.atelier.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks an exported event log line by line against its hash chain, needing nothing but the
 * lines: positions follow one another from 1, each line's {@code previousHash} is the hash of the
 * line before (64 zeros for the first), and each line's {@code hash} is the one its hashed members
 * give. A line altered, added, removed or moved breaks the chain at its position.
 */
public final class ExportCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HashChain chain = new HashChain();
    private long events;
    private String workshopId;
    private Long firstInvalidPosition;
    private String problem;

    /** Takes the next line of the export; blank lines are skipped. */
    public void accept(String text) {
        if (text.isBlank()) {
            return;
        }
        events++;
        if (firstInvalidPosition != null) {
            return;
        }
        long expected = events;
        JsonNode line;
        try {
            line = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            invalid(expected, "line " + expected + " is not JSON");
            return;
        }
        if (line == null || !line.isObject()) {
            invalid(expected, "line " + expected + " is not a JSON object");
            return;
        }
        if (events == 1 && line.path("payload").path("workshopId").isTextual()) {
            workshopId = line.get("payload").get("workshopId").textValue();
        }
        JsonNode position = line.path("position");
        if (!position.isIntegralNumber() || position.longValue() != expected) {
            invalid(expected, "line " + expected + " should have position " + expected
                    + " (positions follow one another from 1)");
        } else if (!chain.head().equals(line.path("previousHash").asText(null))) {
            invalid(expected, "its previousHash is not the hash of the event before it");
        } else if (!chain.link(line).equals(line.path("hash").asText(null))) {
            invalid(expected, "its content does not give its hash: it was altered");
        }
    }

    private void invalid(long position, String why) {
        firstInvalidPosition = position;
        problem = "Position " + position + ": " + why + ".";
    }

    /** The workshop the first line names ({@code payload.workshopId}), {@code null} before it or if it names none. */
    public String workshopId() {
        return workshopId;
    }

    public long events() {
        return events;
    }

    public Result result() {
        boolean valid = events > 0 && firstInvalidPosition == null;
        return new Result(valid, events, valid ? chain.head() : null, firstInvalidPosition,
                events == 0 ? "The export holds no event." : problem);
    }

    /**
     * @param head                 the hash of the export's last event when it is valid, to compare with a head
     *                             published earlier (in a report, or by the integrity call)
     * @param firstInvalidPosition where the chain breaks, {@code null} when valid
     * @param problem              why it breaks, {@code null} when valid
     */
    public record Result(boolean valid, long events, String head, Long firstInvalidPosition, String problem) {
    }
}
