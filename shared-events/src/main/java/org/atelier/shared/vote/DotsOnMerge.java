package org.atelier.shared.vote;

import java.util.HashMap;
import java.util.Map;

/**
 * What happens to a voter's dots when a cluster is merged into another: the dots on the merged
 * cluster follow it and add to those already on the cluster it joined. The aggregate and the board
 * both apply this one rule, each with its own way of naming a target.
 */
public final class DotsOnMerge {

    private DotsOnMerge() {
    }

    /**
     * A voter's dots by target once {@code merged} has joined {@code into}; the given map is left as
     * it was.
     */
    public static <T> Map<T, Integer> follow(Map<T, Integer> dotsByTarget, T merged, T into) {
        Map<T, Integer> after = new HashMap<>(dotsByTarget);
        Integer moved = after.remove(merged);
        if (moved != null) {
            after.merge(into, moved, Integer::sum);
        }
        return after;
    }
}
