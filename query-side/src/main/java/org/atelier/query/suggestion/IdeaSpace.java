package org.atelier.query.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.atelier.query.suggestion.FrenchText.Word;

/**
 * A phase's ideas as TF-IDF vectors. What an idea is about: its stems, the character n-grams of
 * those stems (what a typo or a derived word still shares: "covoitrage" and "covoiturage",
 * "cyclable" and "cyclistes") and the subjects of the {@link Lexicon} its words name ("bicyclette"
 * and "vélo"), the programme's context words left out. How it is worded: all its stems, and the
 * n-grams of them written end to end ("plate-forme" and "plateforme"). The weights come from the
 * phase's own ideas: a word every idea uses says little about any of them.
 */
final class IdeaSpace {

    private final List<String> texts;
    /** Each idea's words, the context words left out. */
    private final List<List<Word>> words;
    private final List<List<String>> subjectsNamed;
    private final Map<String, Double> stemIdf;
    private final SparseVector[] stems;
    private final SparseVector[] grams;
    private final SparseVector[] subjects;
    private final SparseVector[] allStems;
    private final SparseVector[] spellings;
    private final Tuning tuning;

    IdeaSpace(List<String> texts, Tuning tuning) {
        this.texts = List.copyOf(texts);
        this.tuning = tuning;
        List<List<Word>> allWords = texts.stream().map(FrenchText::words).toList();
        this.words = allWords.stream()
                .map(list -> list.stream().filter(word -> !Lexicon.FRENCH.isContext(word.stem())).toList())
                .toList();
        this.subjectsNamed = allWords.stream().map(Lexicon.FRENCH::subjects).toList();
        List<List<String>> stemLists = stemsOf(words);
        List<List<String>> gramLists = stemLists.stream()
                .map(list -> list.stream().flatMap(stem -> grams(stem, tuning.gramLength()).stream()).toList())
                .toList();
        this.stemIdf = idf(stemLists);
        this.stems = vectors(stemLists, stemIdf);
        this.grams = vectors(gramLists, idf(gramLists));
        this.subjects = vectors(subjectsNamed, idf(subjectsNamed));
        List<List<String>> allStemLists = stemsOf(allWords);
        List<List<String>> spellingLists = allStemLists.stream()
                .map(list -> grams(String.join("", list), tuning.gramLength()))
                .toList();
        this.allStems = vectors(allStemLists, idf(allStemLists));
        this.spellings = vectors(spellingLists, idf(spellingLists));
    }

    private static List<List<String>> stemsOf(List<List<Word>> words) {
        return words.stream().map(list -> list.stream().map(Word::stem).toList()).toList();
    }

    int size() {
        return texts.size();
    }

    String text(int idea) {
        return texts.get(idea);
    }

    /** The idea's words, the context words left out. */
    List<Word> words(int idea) {
        return words.get(idea);
    }

    /** The subjects of the {@link Lexicon} the idea names, once for each time it names one. */
    List<String> subjects(int idea) {
        return subjectsNamed.get(idea);
    }

    /** How rare a stem is among the phase's ideas: log((n + 1) / (ideas using it + 1)) + 1. */
    double idf(String stem) {
        return stemIdf.getOrDefault(stem, 0.0);
    }

    /** Two ideas' words and subjects alike, from 0 (nothing shared) to 1: the cosines, weighted. */
    double similarity(int a, int b) {
        return wording(a, b) + tuning.subjectWeight() * subjects[a].cosine(subjects[b]);
    }

    /** How alike two ideas are worded, from 0 to 1: the mean of their stems' and their spellings' cosines. */
    double likeness(int a, int b) {
        return (allStems[a].cosine(allStems[b]) + spellings[a].cosine(spellings[b])) / 2;
    }

    private double wording(int a, int b) {
        return tuning.stemWeight() * stems[a].cosine(stems[b]) + tuning.gramWeight() * grams[a].cosine(grams[b]);
    }

    /** Every pair's {@link #similarity}, the diagonal left at 0. */
    double[][] similarities() {
        return matrix(this::similarity);
    }

    /** Every pair's {@link #likeness}, the diagonal left at 0. */
    double[][] likenesses() {
        return matrix(this::likeness);
    }

    private double[][] matrix(PairMeasure measure) {
        int n = size();
        double[][] matrix = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                matrix[a][b] = measure.between(a, b);
                matrix[b][a] = matrix[a][b];
            }
        }
        return matrix;
    }

    private interface PairMeasure {
        double between(int a, int b);
    }

    /** The n-grams of a stem, or of stems written end to end, with the edges marked ("#velo#"). */
    private static List<String> grams(String stem, int length) {
        String marked = "#" + stem + "#";
        if (marked.length() <= length) {
            return List.of(marked);
        }
        List<String> grams = new ArrayList<>(marked.length() - length + 1);
        for (int start = 0; start + length <= marked.length(); start++) {
            grams.add(marked.substring(start, start + length));
        }
        return grams;
    }

    private static Map<String, Double> idf(List<List<String>> documents) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (List<String> document : documents) {
            document.stream().distinct().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        Map<String, Double> idf = new HashMap<>();
        int n = documents.size();
        documentFrequency.forEach((term, df) -> idf.put(term, Math.log((n + 1.0) / (df + 1.0)) + 1));
        return idf;
    }

    /** Sublinear term frequency (1 + log tf) times idf, each vector of length 1. */
    private static SparseVector[] vectors(List<List<String>> documents, Map<String, Double> idf) {
        Map<String, Integer> index = new HashMap<>();
        SparseVector[] vectors = new SparseVector[documents.size()];
        for (int d = 0; d < documents.size(); d++) {
            Map<String, Integer> counts = new HashMap<>();
            documents.get(d).forEach(term -> counts.merge(term, 1, Integer::sum));
            TreeMap<Integer, Double> weighted = new TreeMap<>();
            counts.forEach((term, tf) -> weighted.put(index.computeIfAbsent(term, unused -> index.size()),
                    (1 + Math.log(tf)) * idf.get(term)));
            vectors[d] = SparseVector.normalised(weighted.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    weighted.values().stream().mapToDouble(Double::doubleValue).toArray());
        }
        return vectors;
    }

    /** Terms by increasing key, with their weights. */
    private record SparseVector(int[] keys, double[] weights) {

        static SparseVector normalised(int[] keys, double[] weights) {
            double norm = 0;
            for (double weight : weights) {
                norm += weight * weight;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < weights.length; i++) {
                weights[i] = norm == 0 ? 0 : weights[i] / norm;
            }
            return new SparseVector(keys, weights);
        }

        double cosine(SparseVector other) {
            double dot = 0;
            int i = 0;
            int j = 0;
            while (i < keys.length && j < other.keys.length) {
                if (keys[i] == other.keys[j]) {
                    dot += weights[i++] * other.weights[j++];
                } else if (keys[i] < other.keys[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return dot;
        }
    }
}
