package org.atelier.web.fuzz;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * JSON text of every kind, written by hand so that it can also be what a JSON library never writes:
 * strings empty, huge or full of control characters, numbers too big for any type, wrong types,
 * deep nesting, duplicate keys, unknown members, text that is not JSON at all.
 */
final class JsonValues {

    private JsonValues() {
    }

    /** Any JSON value, nested at most {@code depth} deep, strings taken now and then from {@code known}. */
    static Arbitrary<String> value(int depth, List<String> known) {
        Arbitrary<String> leaf = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40).map(JsonValues::quoted)),
                Tuple.of(3, Arbitraries.of(known).map(JsonValues::quoted)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(10)
                        .map(JsonValues::quoted)),
                Tuple.of(1, Arbitraries.of("", " ", "\u202e", "\ud83d\ude00", "x".repeat(3000),
                        "é".repeat(2001), "<script>alert(1)</script>").map(JsonValues::quoted)),
                Tuple.of(2, Arbitraries.longs().map(String::valueOf)),
                Tuple.of(1, Arbitraries.of("0", "-1", "1.5", "-0", "1e999", "-1e999", "2.5e-400",
                        "12345678901234567890123456789", "7200", "7201", "100")),
                Tuple.of(2, Arbitraries.of("true", "false", "null")));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> array = value(depth - 1, known).list().ofMaxSize(4)
                .map(values -> "[" + String.join(",", values) + "]");
        Arbitrary<String> object = Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(8), value(depth - 1, known))
                .as((name, value) -> quoted(name) + ":" + value).list().ofMaxSize(4)
                .map(members -> "{" + String.join(",", members) + "}");
        return Arbitraries.frequencyOf(Tuple.of(6, leaf), Tuple.of(1, array),
                Tuple.of(1, object));
    }

    /** An object with some of the call's members, maybe unknown ones, any values. */
    static Arbitrary<String> object(List<String> fields, List<String> known) {
        Arbitrary<String> member = Combinators.combine(
                        Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(fields)),
                                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(12))),
                        value(2, known))
                .as((name, value) -> quoted(name) + ":" + value);
        return member.list().ofMaxSize(fields.size() + 1).map(members -> "{" + String.join(",", members) + "}");
    }

    /** Any body a client could send to a call with these members. */
    static Arbitrary<String> body(List<String> fields, List<String> known) {
        String first = fields.isEmpty() ? "x" : fields.get(0);
        return Arbitraries.frequencyOf(
                Tuple.of(10, object(fields, known)),
                Tuple.of(2, Combinators.combine(value(1, known), value(1, known))
                        .as((one, other) -> "{" + quoted(first) + ":" + one + "," + quoted(first) + ":" + other + "}")),
                Tuple.of(1, Arbitraries.integers().between(50, 5000)
                        .map(depth -> "{" + quoted(first) + ":" + "[".repeat(depth) + "]".repeat(depth) + "}")),
                Tuple.of(1, Arbitraries.integers().between(50, 5000)
                        .map(depth -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth))),
                Tuple.of(2, Combinators.combine(object(fields, known), Arbitraries.integers().between(0, 100))
                        .as((whole, cut) -> whole.substring(0, Math.min(whole.length(), cut)))),
                Tuple.of(2, Arbitraries.of("", "null", "42", "\"text\"", "[]", "{}", "{\"a\":}", "\u0000",
                        "{\"" + first + "\":NaN}", "[{}]", "\ufeff{}", "{'" + first + "':1}")),
                Tuple.of(1, Arbitraries.of(70_000, 66_000, 20_000)
                        .map(length -> "{" + quoted(first) + ":" + quoted("x".repeat(length)) + "}")));
    }

    static String quoted(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
