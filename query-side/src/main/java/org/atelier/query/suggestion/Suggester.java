package org.atelier.query.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.atelier.query.suggestion.Agglomeration.Group;
import org.atelier.query.suggestion.Agglomeration.Linkage;
import org.atelier.query.suggestion.Suggestions.Similar;
import org.atelier.query.suggestion.Suggestions.SuggestedCluster;
import org.springframework.stereotype.Component;

/**
 * Near-duplicates and a proposed clustering of one phase's ideas, computed here, in the process,
 * from the text alone: no outside service, nothing learnt elsewhere, the same answer for the same
 * ideas.
 */
@Component
public class Suggester {

    /** One idea as the reader may see it; {@code clustered}: it is in a cluster of the board already. */
    public record Idea(String ideaId, String text, boolean clustered) {
    }

    private static final double SCORE_PRECISION = 1000.0;

    private final Tuning tuning;

    public Suggester() {
        this(Tuning.DEFAULT);
    }

    Suggester(Tuning tuning) {
        this.tuning = tuning;
    }

    /** Near-duplicates among all the ideas given; clusters among those in no cluster. Ideas in the board's order. */
    public Suggestions suggest(List<Idea> ideas) {
        IdeaSpace space = new IdeaSpace(ideas.stream().map(Idea::text).toList(), tuning);
        return new Suggestions(similar(ideas, space.likenesses()), clusters(ideas, space, space.similarities()));
    }

    private List<Similar> similar(List<Idea> ideas, double[][] similarity) {
        return Agglomeration.groups(similarity, Linkage.COMPLETE, tuning.duplicateThreshold()).stream()
                .filter(group -> group.members().size() > 1)
                .sorted(Comparator.comparingDouble(Group::cohesion).reversed())
                .map(group -> new Similar(ids(ideas, group.members()),
                        Math.round(group.cohesion() * SCORE_PRECISION) / SCORE_PRECISION))
                .toList();
    }

    private List<SuggestedCluster> clusters(List<Idea> ideas, IdeaSpace space, double[][] similarity) {
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < ideas.size(); i++) {
            if (!ideas.get(i).clustered()) {
                free.add(i);
            }
        }
        double[][] among = new double[free.size()][free.size()];
        for (int a = 0; a < free.size(); a++) {
            for (int b = 0; b < free.size(); b++) {
                among[a][b] = similarity[free.get(a)][free.get(b)];
            }
        }
        return partition(among).stream()
                .map(group -> group.stream().map(free::get).toList())
                .filter(members -> members.size() > 1)
                .map(members -> new SuggestedCluster(ClusterTitles.title(space, members), ids(ideas, members)))
                .toList();
    }

    /** The proposed clustering of every row of {@code similarity}, groups of one included. */
    List<List<Integer>> partition(double[][] similarity) {
        return Agglomeration.groups(similarity, Linkage.AVERAGE, tuning.clusterThreshold()).stream()
                .map(Group::members)
                .toList();
    }

    private static List<String> ids(List<Idea> ideas, List<Integer> members) {
        return members.stream().map(member -> ideas.get(member).ideaId()).toList();
    }
}
