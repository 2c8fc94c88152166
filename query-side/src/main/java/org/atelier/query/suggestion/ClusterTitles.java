package org.atelier.query.suggestion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.atelier.query.suggestion.FrenchText.Word;

/**
 * A suggested cluster's title: the words its ideas share, quoted as the ideas write them ("Pistes
 * cyclables, vélo"). A word or a pair of words that follow each other counts for each idea that
 * uses it, times how rare it is in the phase, a pair for both its words: "monnaie locale" wins over
 * "monnaie" when they come together. At most two such terms; when the ideas share no word (a typo
 * on each side), the shortest idea is the title.
 */
final class ClusterTitles {

    static final int MAX_LENGTH = 200;
    private static final int FALLBACK_LENGTH = 60;
    /** Words and apostrophes only: a phrase never runs over a comma or a full stop. */
    private static final Pattern BETWEEN = Pattern.compile("[\\p{L}'’\\s-]+");

    private ClusterTitles() {
    }

    /** A phrase of one or two stems, with every way the ideas wrote it. */
    private record Term(List<String> stems, List<String> written, Set<Integer> ideas) {
    }

    static String title(IdeaSpace space, Collection<Integer> members) {
        Map<List<String>, Term> terms = new LinkedHashMap<>();
        for (int idea : members) {
            List<Word> words = space.words(idea);
            for (int i = 0; i < words.size(); i++) {
                note(terms, space, idea, words.subList(i, i + 1));
                if (i + 1 < words.size() && together(space.text(idea), words.get(i), words.get(i + 1))) {
                    note(terms, space, idea, words.subList(i, i + 2));
                }
            }
        }
        List<Term> shared = terms.values().stream()
                .filter(term -> term.ideas().size() >= 2 && !sameWordTwice(term))
                .sorted(Comparator.comparingDouble((Term term) -> -weight(space, term)))
                .toList();
        if (shared.isEmpty()) {
            return shortest(space, members);
        }
        Term first = shared.get(0);
        StringBuilder title = new StringBuilder(capitalised(mostWritten(first)));
        shared.stream()
                .filter(term -> term.stems().stream().noneMatch(first.stems()::contains))
                .filter(term -> weight(space, term) >= weight(space, first) / 2)
                .findFirst()
                .ifPresent(second -> title.append(", ").append(mostWritten(second)));
        return title.length() <= MAX_LENGTH ? title.toString() : title.substring(0, MAX_LENGTH);
    }

    private static void note(Map<List<String>, Term> terms, IdeaSpace space, int idea, List<Word> phrase) {
        List<String> stems = phrase.stream().map(Word::stem).toList();
        Term term = terms.computeIfAbsent(stems, key -> new Term(key, new ArrayList<>(), new LinkedHashSet<>()));
        Word first = phrase.get(0);
        String text = space.text(idea);
        String written = text.substring(first.start(), phrase.get(phrase.size() - 1).end());
        // At the start of an idea a capital says nothing; elsewhere it is a name ("Pilat"): kept.
        term.written().add(first.start() == 0 ? written.toLowerCase(Locale.FRENCH) : written);
        term.ideas().add(idea);
    }

    /** Two words make a phrase when at most two short words stand between them, and no punctuation. */
    private static boolean together(String text, Word first, Word second) {
        String between = text.substring(first.end(), second.start()).strip();
        return between.isEmpty() || (BETWEEN.matcher(between).matches() && between.split("\\s+").length <= 2);
    }

    private static boolean sameWordTwice(Term term) {
        return term.stems().size() == 2 && term.stems().get(0).equals(term.stems().get(1));
    }

    private static double weight(IdeaSpace space, Term term) {
        return term.ideas().size() * term.stems().stream().mapToDouble(space::idf).sum();
    }

    /** The most frequent way of writing the term, the first seen among equals. */
    private static String mostWritten(Term term) {
        Map<String, Integer> counts = new HashMap<>();
        term.written().forEach(written -> counts.merge(written, 1, Integer::sum));
        String chosen = term.written().get(0);
        for (String written : term.written()) {
            if (counts.get(written) > counts.get(chosen)) {
                chosen = written;
            }
        }
        return chosen;
    }

    private static String shortest(IdeaSpace space, Collection<Integer> members) {
        String text = members.stream().map(space::text).map(String::strip)
                .min(Comparator.comparingInt(String::length)).orElse("");
        if (text.length() <= FALLBACK_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', FALLBACK_LENGTH);
        return text.substring(0, cut > 0 ? cut : FALLBACK_LENGTH) + "…";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
    }
}
