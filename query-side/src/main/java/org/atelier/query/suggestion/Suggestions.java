package org.atelier.query.suggestion;

import java.util.List;

/**
 * What the facilitator is offered for a phase: groups of near-duplicate ideas ({@code score}: how
 * alike the least alike pair of the group is, 0 to 1), and a clustering of the ideas in no cluster
 * yet, each cluster with a title. Ideas that resemble no other are in no suggested cluster.
 */
public record Suggestions(List<Similar> similar, List<SuggestedCluster> clusters) {

    public record Similar(List<String> ideaIds, double score) {
    }

    public record SuggestedCluster(String title, List<String> ideaIds) {
    }
}
