package org.atelier.query.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bottom-up grouping: every idea starts alone and the two most similar groups are merged, again
 * and again, until no two groups are similar enough. How similar two groups are is their
 * {@link Linkage}. Nothing random: the same ideas always give the same groups.
 */
final class Agglomeration {

    enum Linkage {
        /** The mean similarity of their ideas' pairs: a group stays about one thing without every pair alike. */
        AVERAGE,
        /** The least similar pair of their ideas: every pair of the group is alike. */
        COMPLETE;

        double merged(double withFirst, int firstSize, double withSecond, int secondSize) {
            return this == COMPLETE ? Math.min(withFirst, withSecond)
                    : (withFirst * firstSize + withSecond * secondSize) / (firstSize + secondSize);
        }
    }

    /**
     * One group: its members by increasing index, and the similarity at which its last merge was
     * made (1 for a group of one).
     */
    record Group(List<Integer> members, double cohesion) {
    }

    private Agglomeration() {
    }

    /** The groups of {@code similarity}'s rows (groups of one included), in the order of their first member. */
    static List<Group> groups(double[][] similarity, Linkage linkage, double threshold) {
        int n = similarity.length;
        double[][] between = new double[n][];
        List<List<Integer>> members = new ArrayList<>(n);
        double[] cohesion = new double[n];
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) {
            between[i] = similarity[i].clone();
            members.add(new ArrayList<>(List.of(i)));
            cohesion[i] = 1;
            alive[i] = true;
        }
        int[] nearest = new int[n];
        for (int i = 0; i < n; i++) {
            nearest[i] = nearest(between, alive, i);
        }
        while (true) {
            int first = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (alive[i] && nearest[i] >= 0 && between[i][nearest[i]] > best) {
                    best = between[i][nearest[i]];
                    first = i;
                }
            }
            if (first < 0 || best < threshold) {
                break;
            }
            int kept = Math.min(first, nearest[first]);
            int gone = Math.max(first, nearest[first]);
            int keptSize = members.get(kept).size();
            int goneSize = members.get(gone).size();
            alive[gone] = false;
            for (int k = 0; k < n; k++) {
                if (alive[k] && k != kept) {
                    between[kept][k] = linkage.merged(between[kept][k], keptSize, between[gone][k], goneSize);
                    between[k][kept] = between[kept][k];
                }
            }
            members.get(kept).addAll(members.get(gone));
            cohesion[kept] = best;
            nearest[kept] = nearest(between, alive, kept);
            for (int k = 0; k < n; k++) {
                if (!alive[k] || k == kept) {
                    continue;
                }
                if (nearest[k] == kept || nearest[k] == gone) {
                    nearest[k] = nearest(between, alive, k);
                } else if (nearest[k] < 0 || between[k][kept] > between[k][nearest[k]]) {
                    nearest[k] = kept;
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alive[i]) {
                groups.add(new Group(members.get(i).stream().sorted().toList(), cohesion[i]));
            }
        }
        groups.sort(Comparator.comparing(group -> group.members().get(0)));
        return groups;
    }

    /** The living group most similar to {@code i}, -1 when it is the last. */
    private static int nearest(double[][] between, boolean[] alive, int i) {
        int nearest = -1;
        for (int k = 0; k < between.length; k++) {
            if (alive[k] && k != i && (nearest < 0 || between[i][k] > between[i][nearest])) {
                nearest = k;
            }
        }
        return nearest;
    }
}
