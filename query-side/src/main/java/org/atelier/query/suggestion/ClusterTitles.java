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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.atelier.query.suggestion.FrenchText.Word;

/**
 * A suggested cluster's title: the words its ideas share, quoted as the ideas write them ("Vélos,
 * pistes cyclables"). A word, or two words that make a phrase ("monnaie locale", "transport à la
 * demande"), counts for each idea that uses it, times how rare it is in the phase; more when an
 * article stands before it somewhere (a thing, "les clubs", rather than a verb, "fermer"). The
 * phrase that most of the ideas using the best word use too replaces it ("monnaie" becomes
 * "monnaie locale"); a second thing is added when a third of the ideas name it. When the ideas
 * share no word (a typo on each side), the shortest idea is the title.
 */
final class ClusterTitles {

    static final int MAX_LENGTH = 200;
    private static final int FALLBACK_LENGTH = 60;
    /** What may stand between the two words of a phrase: articles and "de", "à", "en" ("pistes de vélo"). */
    private static final Set<String> LINKS = Set.of("de", "du", "des", "d", "à", "au", "aux", "en", "la", "le", "les", "l");
    /** Words after which a word names a thing. */
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l", "un", "une", "des", "du", "au", "aux",
            "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "nos", "notre", "vos", "votre", "d");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s'’-]+");
    private static final Pattern ELIDED = Pattern.compile("^(?iu)(l|m|t|qu|n|s|j|d|c|jusqu|lorsqu|puisqu)['’]");
    private static final double PHRASE_BONUS = 1.2;
    private static final double THING_BONUS = 1.5;
    private static final double PHRASE_SHARE = 0.6;
    private static final double SECOND_TERM_SHARE = 1 / 3.0;
    /** Stems that begin alike for that long are one word to a reader ("alimentation", "alimentaires"). */
    private static final int STEM_KIN = 5;

    private ClusterTitles() {
    }

    /** One stem or a phrase of two, every way the ideas wrote it, and whether an article ever stood before it. */
    private static final class Term {

        private final List<String> stems;
        private final List<String> written = new ArrayList<>();
        private final Set<Integer> ideas = new LinkedHashSet<>();
        private boolean thing;

        Term(List<String> stems) {
            this.stems = stems;
        }

        boolean isPhrase() {
            return stems.size() > 1;
        }

        boolean shares(String stem) {
            return stems.stream().anyMatch(own -> own.startsWith(stem.substring(0, Math.min(STEM_KIN, stem.length())))
                    || stem.startsWith(own.substring(0, Math.min(STEM_KIN, own.length()))));
        }
    }

    static String title(IdeaSpace space, Collection<Integer> members) {
        List<Term> shared = sharedTerms(space, members);
        Optional<String> subject = commonSubject(space, members);
        if (shared.isEmpty()) {
            return subject.map(Lexicon.FRENCH::headword).map(ClusterTitles::capitalised)
                    .orElseGet(() -> shortest(space, members));
        }
        Term first = firstTerm(space, members, shared, subject);
        StringBuilder title = new StringBuilder(capitalised(mostWritten(first)));
        shared.stream()
                .filter(term -> term.stems.stream().noneMatch(first::shares))
                .filter(term -> shared.stream().noneMatch(phrase -> phrase.isPhrase()
                        && phrase.stems.stream().anyMatch(first.stems::contains)
                        && phrase.stems.stream().anyMatch(term.stems::contains)))
                .filter(term -> term.thing && term.ideas.size() >= SECOND_TERM_SHARE * members.size())
                .findFirst()
                .ifPresent(second -> title.append(", ").append(mostWritten(second)));
        return title.length() <= MAX_LENGTH ? title.toString() : title.substring(0, MAX_LENGTH);
    }

    /** The words and phrases two ideas or more use, the weightiest first. */
    private static List<Term> sharedTerms(IdeaSpace space, Collection<Integer> members) {
        Map<List<String>, Term> terms = new LinkedHashMap<>();
        for (int idea : members) {
            List<Word> words = space.words(idea);
            for (int i = 0; i < words.size(); i++) {
                note(terms, space.text(idea), idea, words.subList(i, i + 1));
                if (i + 1 < words.size() && together(space.text(idea), words.get(i), words.get(i + 1))) {
                    note(terms, space.text(idea), idea, words.subList(i, i + 2));
                }
            }
        }
        return terms.values().stream()
                .filter(term -> term.ideas.size() >= 2 && !sameWordTwice(term))
                .sorted(Comparator.comparingDouble((Term term) -> -weight(space, term)))
                .toList();
    }

    /**
     * The weightiest term, as the phrase its ideas use; or the name of the subject more ideas name
     * when that term does not name it: the ideas say one thing in different words ("vélos",
     * "bicyclette").
     */
    private static Term firstTerm(IdeaSpace space, Collection<Integer> members, List<Term> shared,
                                  Optional<String> subject) {
        Term first = asPhrase(shared.get(0), shared);
        if (subject.isEmpty() || subjectCount(space, members, subject.get()) <= first.ideas.size()
                || first.stems.stream().anyMatch(stem -> Lexicon.FRENCH.subjectsOf(stem).contains(subject.get()))) {
            return first;
        }
        String headword = Lexicon.FRENCH.headword(subject.get());
        Term named = new Term(FrenchText.words(headword).stream().map(Word::stem).toList());
        named.written.add(headword);
        return named;
    }

    /** The subject most of the ideas name, if at least half of them and two do. */
    private static Optional<String> commonSubject(IdeaSpace space, Collection<Integer> members) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int idea : members) {
            space.subjects(idea).stream().distinct().forEach(subject -> counts.merge(subject, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .filter(count -> count.getValue() >= 2 && count.getValue() >= members.size() / 2.0)
                .max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }

    private static int subjectCount(IdeaSpace space, Collection<Integer> members, String subject) {
        return (int) members.stream().filter(idea -> space.subjects(idea).contains(subject)).count();
    }

    /** The phrase most of the word's ideas use ("monnaie locale" for "monnaie"), else the word. */
    private static Term asPhrase(Term word, List<Term> shared) {
        if (word.isPhrase()) {
            return word;
        }
        Optional<Term> phrase = shared.stream()
                .filter(term -> term.isPhrase() && term.stems.contains(word.stems.get(0)))
                .filter(term -> term.ideas.size() >= PHRASE_SHARE * word.ideas.size())
                .max(Comparator.comparingInt(term -> term.ideas.size()));
        return phrase.orElse(word);
    }

    private static void note(Map<List<String>, Term> terms, String text, int idea, List<Word> phrase) {
        List<String> stems = phrase.stream().map(Word::stem).toList();
        Term term = terms.computeIfAbsent(stems, Term::new);
        Word first = phrase.get(0);
        String written = text.substring(first.start(), phrase.get(phrase.size() - 1).end());
        term.thing |= ELIDED.matcher(written).find() || ARTICLES.contains(wordBefore(text, first.start()));
        written = ELIDED.matcher(written).replaceFirst("");
        // At the start of an idea a capital says nothing; elsewhere it is a name ("Pilat"): kept.
        term.written.add(first.start() == 0 ? written.toLowerCase(Locale.FRENCH) : written);
        term.ideas.add(idea);
    }

    private static String wordBefore(String text, int start) {
        String[] before = SEPARATORS.split(text.substring(0, start).strip().toLowerCase(Locale.FRENCH));
        return before.length == 0 ? "" : before[before.length - 1];
    }

    /** Two words make a phrase when nothing but a hyphen, an article or "de", "à", "en" stands between them. */
    private static boolean together(String text, Word first, Word second) {
        String between = text.substring(first.end(), second.start()).strip().toLowerCase(Locale.FRENCH);
        return between.isEmpty() || between.equals("-")
                || LINKS.containsAll(List.of(SEPARATORS.split(between.replaceFirst("^[-'’]+", ""))));
    }

    private static boolean sameWordTwice(Term term) {
        return term.isPhrase() && term.stems.get(0).equals(term.stems.get(1));
    }

    private static double weight(IdeaSpace space, Term term) {
        double rarest = term.stems.stream().mapToDouble(space::idf).max().orElse(0);
        return term.ideas.size() * rarest * (term.isPhrase() ? PHRASE_BONUS : 1) * (term.thing ? THING_BONUS : 1);
    }

    /** The most frequent way of writing the term, the first seen among equals. */
    private static String mostWritten(Term term) {
        Map<String, Integer> counts = new HashMap<>();
        term.written.forEach(written -> counts.merge(written, 1, Integer::sum));
        String chosen = term.written.get(0);
        for (String written : term.written) {
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
