package org.atelier.query.suggestion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How far a proposed clustering agrees with the labels, over pairs of ideas: the adjusted Rand
 * index (1: the same partition, about 0: no better than chance), and the pairwise precision (of the
 * pairs put together, how many share a label) and recall (of the pairs that share a label, how many
 * were put together).
 */
record Agreement(double adjustedRand, double precision, double recall) {

    /** {@code proposed} lists each idea's group (by index), {@code labels} its label; ideas are compared pairwise. */
    static Agreement of(List<?> labels, List<?> proposed) {
        if (labels.size() != proposed.size()) {
            throw new IllegalArgumentException("one label and one proposed group per idea");
        }
        Map<List<Object>, Integer> both = new HashMap<>();
        Map<Object, Integer> labelled = new HashMap<>();
        Map<Object, Integer> grouped = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            both.merge(List.of(labels.get(i), proposed.get(i)), 1, Integer::sum);
            labelled.merge(labels.get(i), 1, Integer::sum);
            grouped.merge(proposed.get(i), 1, Integer::sum);
        }
        double together = pairs(both);
        double samePairs = pairs(labelled);
        double proposedPairs = pairs(grouped);
        double expected = samePairs * proposedPairs / choose2(labels.size());
        double best = (samePairs + proposedPairs) / 2;
        return new Agreement(best == expected ? 1 : (together - expected) / (best - expected),
                proposedPairs == 0 ? 1 : together / proposedPairs, samePairs == 0 ? 1 : together / samePairs);
    }

    /** Each idea's group as an index, from a list of groups of indices. */
    static List<Integer> groupOfEach(List<List<Integer>> groups, int size) {
        Integer[] groupOf = new Integer[size];
        for (int g = 0; g < groups.size(); g++) {
            for (int member : groups.get(g)) {
                groupOf[member] = g;
            }
        }
        return List.of(groupOf).stream().map(Objects::requireNonNull).toList();
    }

    private static double pairs(Map<?, Integer> counts) {
        return counts.values().stream().mapToDouble(Agreement::choose2).sum();
    }

    private static double choose2(int n) {
        return n * (n - 1) / 2.0;
    }
}
