package org.atelier.query.suggestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.query.suggestion.FrenchText.Word;

/**
 * The subjects of territorial cooperation workshops and the words that name them
 * ({@code suggestion/lexicon-fr.txt}), read through the same French analysis as the ideas: what
 * links "bicyclette" to "vélo", which no stemmer does. Also the words of the programme's context
 * ("territoire", "solidaire"), which say nothing of an idea's subject.
 */
final class Lexicon {

    static final Lexicon FRENCH = read("/suggestion/lexicon-fr.txt");

    private static final String CONTEXT = "context";

    private final Set<String> context;
    private final Map<List<String>, List<String>> subjects;
    private final Map<String, String> headwords;
    private final int longest;

    private Lexicon(Set<String> context, Map<List<String>, List<String>> subjects, Map<String, String> headwords) {
        this.context = Set.copyOf(context);
        this.subjects = Map.copyOf(subjects);
        this.headwords = Map.copyOf(headwords);
        this.longest = subjects.keySet().stream().mapToInt(List::size).max().orElse(1);
    }

    /** The word a subject's line starts with, as written there: its name for a reader ("vélo"). */
    String headword(String subject) {
        return headwords.get(subject);
    }

    /** The subjects one stem names on its own. */
    List<String> subjectsOf(String stem) {
        return subjects.getOrDefault(List.of(stem), List.of());
    }

    boolean isContext(String stem) {
        return context.contains(stem);
    }

    /**
     * The subjects the words name, once for each time one is named: at each word the longest
     * phrase of the lexicon that starts there, whose words then name nothing else ("banque
     * alimentaire" is not a bank).
     */
    List<String> subjects(List<Word> words) {
        List<String> named = new ArrayList<>();
        int at = 0;
        while (at < words.size()) {
            int matched = 0;
            for (int length = Math.min(longest, words.size() - at); length > 0 && matched == 0; length--) {
                List<String> found = subjects.get(words.subList(at, at + length).stream().map(Word::stem).toList());
                if (found != null) {
                    named.addAll(found);
                    matched = length;
                }
            }
            at += Math.max(matched, 1);
        }
        return named;
    }

    private static Lexicon read(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the lexicon " + resource + " is part of the application");
            }
            Set<String> context = new HashSet<>();
            Map<List<String>, List<String>> subjects = new HashMap<>();
            Map<String, String> headwords = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String subject = line.substring(0, colon).strip();
                headwords.putIfAbsent(subject, line.substring(colon + 1).split(",")[0].strip());
                for (String entry : line.substring(colon + 1).split(",")) {
                    List<String> stems = FrenchText.words(entry.strip()).stream().map(Word::stem).toList();
                    if (stems.isEmpty()) {
                        continue;
                    }
                    if (subject.equals(CONTEXT)) {
                        context.addAll(stems);
                    } else {
                        List<String> named = subjects.computeIfAbsent(stems, unused -> new ArrayList<>());
                        if (!named.contains(subject)) {
                            named.add(subject);
                        }
                    }
                }
            }
            return new Lexicon(context, subjects, headwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
