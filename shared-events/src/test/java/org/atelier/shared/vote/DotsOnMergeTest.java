package org.atelier.shared.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DotsOnMergeTest {

    @Test
    void dotsOnAMergedClusterAddToThoseOnTheClusterItJoins() {
        assertThat(DotsOnMerge.follow(Map.of("a", 2, "b", 1, "idea", 1), "a", "b"))
                .isEqualTo(Map.of("b", 3, "idea", 1));
    }

    @Test
    void dotsOnAMergedClusterLieOnTheClusterItJoinsEvenWhenItHadNone() {
        assertThat(DotsOnMerge.follow(Map.of("a", 2), "a", "b")).isEqualTo(Map.of("b", 2));
    }

    @Test
    void aVoterWithNoDotOnTheMergedClusterKeepsTheirDots() {
        assertThat(DotsOnMerge.follow(Map.of("b", 1, "idea", 2), "a", "b")).isEqualTo(Map.of("b", 1, "idea", 2));
    }

    @Test
    void theDotsGivenAreLeftAsTheyWere() {
        Map<String, Integer> before = new HashMap<>(Map.of("a", 2, "b", 1));
        DotsOnMerge.follow(before, "a", "b");
        assertThat(before).isEqualTo(Map.of("a", 2, "b", 1));
    }
}
