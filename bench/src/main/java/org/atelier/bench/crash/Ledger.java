package org.atelier.bench.crash;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the clients were told: every command sent, in each actor's order, with its outcome. Checked
 * against the workshops' histories read back from the event store after a crash: each actor's
 * acknowledged commands appear there in their order, and nothing appears that no command asked for.
 */
final class Ledger {

    enum Outcome {
        /** Answered 2xx: its event must be in the store. */
        ACKNOWLEDGED,
        /** Answered otherwise: nothing may be recorded for it. */
        REFUSED,
        /** No answer (the process died): it may or may not be recorded, once at most. */
        UNANSWERED
    }

    /** One command: who, in which workshop, which event it records, about what. */
    record Op(String workshopId, String actor, String type, String key, Outcome outcome) {
    }

    /** One recorded event of the kinds the load sends. */
    record Fact(String actor, String type, String key, long position) {
    }

    /** What a check found wrong; empty when the store keeps exactly what was acknowledged. */
    record Findings(int acknowledged, int unanswered, int lost, int doubled, List<String> problems) {
    }

    static final Set<String> TYPES = Set.of("IdeaPosted", "VoteCast", "VoteRetracted", "IdeaClustered",
            "OrganisationCommitted", "CommitmentWithdrawn");

    private final ConcurrentLinkedQueue<Op> ops = new ConcurrentLinkedQueue<>();

    void record(Op op) {
        ops.add(op);
    }

    int size() {
        return ops.size();
    }

    /** The fact an event of the history is, or {@code null} when the load never sends its kind. */
    static Fact factOf(JsonNode event) {
        String type = event.path("type").asText();
        if (!TYPES.contains(type)) {
            return null;
        }
        JsonNode payload = event.path("payload");
        String key = switch (type) {
            case "IdeaPosted", "VoteCast", "VoteRetracted" -> payload.path("ideaId").asText();
            case "IdeaClustered" -> payload.path("ideaId").asText() + ">" + payload.path("clusterId").asText();
            default -> payload.path("proposalId").asText();
        };
        return new Fact(event.path("actor").asText(), type, key, event.path("position").asLong());
    }

    /**
     * @param facts each workshop's recorded facts since the load began, in position order
     */
    Findings check(Map<String, List<Fact>> facts) {
        Map<String, List<Op>> opsByStream = new HashMap<>();
        for (Op op : ops) {
            opsByStream.computeIfAbsent(op.workshopId() + "|" + op.actor(), k -> new ArrayList<>()).add(op);
        }
        Map<String, List<Fact>> factsByStream = new HashMap<>();
        facts.forEach((workshopId, recorded) -> recorded.forEach(fact -> factsByStream
                .computeIfAbsent(workshopId + "|" + fact.actor(), k -> new ArrayList<>()).add(fact)));
        List<String> problems = new ArrayList<>();
        int acknowledged = 0;
        int unanswered = 0;
        int lost = 0;
        int doubled = 0;
        Set<String> streams = new HashSet<>(opsByStream.keySet());
        streams.addAll(factsByStream.keySet());
        for (String stream : streams) {
            List<Op> sent = opsByStream.getOrDefault(stream, List.of());
            List<Fact> recorded = factsByStream.getOrDefault(stream, List.of());
            int stillMissing = missingInOrder(sent, recorded);
            int acked = (int) sent.stream().filter(op -> op.outcome() == Outcome.ACKNOWLEDGED).count();
            int open = (int) sent.stream().filter(op -> op.outcome() == Outcome.UNANSWERED).count();
            acknowledged += acked;
            unanswered += open;
            if (stillMissing > 0) {
                lost += stillMissing;
                problems.add(stream + ": " + stillMissing + " acknowledged commands have no event in order");
            }
            if (recorded.size() > acked + open) {
                doubled += recorded.size() - acked - open;
                problems.add(stream + ": " + recorded.size() + " events for " + acked + " acknowledged and " + open
                        + " unanswered commands");
            }
        }
        doubled += duplicateIdeas(facts.values(), problems);
        return new Findings(acknowledged, unanswered, lost, doubled, problems);
    }

    /**
     * How many acknowledged commands cannot be matched, in order, to recorded facts. An unanswered
     * command matches only the very next fact: recorded or not, it was its actor's last one then.
     */
    private static int missingInOrder(List<Op> sent, List<Fact> recorded) {
        int next = 0;
        int missing = 0;
        for (Op op : sent) {
            if (op.outcome() == Outcome.REFUSED) {
                continue;
            }
            int found = indexOf(recorded, next, op);
            if (found >= 0 && (op.outcome() == Outcome.ACKNOWLEDGED || found == next)) {
                next = found + 1;
            } else if (op.outcome() == Outcome.ACKNOWLEDGED) {
                missing++;
            }
        }
        return missing;
    }

    private static int indexOf(List<Fact> recorded, int from, Op op) {
        for (int i = from; i < recorded.size(); i++) {
            if (recorded.get(i).type().equals(op.type()) && recorded.get(i).key().equals(op.key())) {
                return i;
            }
        }
        return -1;
    }

    private static int duplicateIdeas(Collection<List<Fact>> facts, List<String> problems) {
        Set<String> seen = new HashSet<>();
        int doubled = 0;
        for (List<Fact> recorded : facts) {
            for (Fact fact : recorded) {
                if (fact.type().equals("IdeaPosted") && !seen.add(fact.key())) {
                    doubled++;
                    problems.add("idea " + fact.key() + " recorded twice");
                }
            }
        }
        return doubled;
    }
}
