package org.atelier.query.suggestion;

/**
 * How ideas are compared and grouped. The defaults were chosen on the labelled set of the tests
 * (see the README's "Suggestions" section for the figures and how they were reached).
 *
 * @param stemWeight         the share of the stems' cosine in the similarity of two ideas
 * @param gramWeight         the share of the character n-grams' cosine; the subjects' takes the rest
 * @param gramLength         the length of the character n-grams taken from each stem
 * @param clusterThreshold   two groups are merged while their ideas' average similarity reaches it
 * @param duplicateThreshold ideas are near-duplicates when every pair of them is worded alike to
 *                           that point (see {@link IdeaSpace#likeness})
 */
record Tuning(double stemWeight, double gramWeight, int gramLength, double clusterThreshold,
              double duplicateThreshold) {

    static final Tuning DEFAULT = new Tuning(0.3, 0.4, 5, 0.1, 0.6);

    Tuning {
        if (stemWeight < 0 || gramWeight < 0 || stemWeight + gramWeight <= 0 || stemWeight + gramWeight > 1) {
            throw new IllegalArgumentException("the weights are shares of 1, words taking some");
        }
    }

    double subjectWeight() {
        return 1 - stemWeight - gramWeight;
    }
}
