package org.atelier.query.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.atelier.query.network.NetworkView.Edge;

/**
 * The graph that link facts make among organisations: an edge per linked pair, weighted by its
 * occurrences, and the figures of the programme's goal (connected components, density). A pure
 * computation, so that figures on a known graph can be checked by hand.
 */
final class NetworkGraph {

    private final List<String> organisations;
    private final Map<List<String>, EdgeFigures> edges = new TreeMap<>(NetworkGraph::comparePairs);
    private final Map<String, Integer> componentOf = new HashMap<>();
    private final List<Integer> componentSizes = new ArrayList<>();
    private final Map<String, Integer> degrees = new HashMap<>();
    private final Map<String, Integer> weights = new HashMap<>();

    private NetworkGraph(Collection<String> organisations, Collection<LinkFact> facts) {
        TreeSet<String> nodes = new TreeSet<>(organisations);
        for (LinkFact fact : facts) {
            nodes.addAll(fact.organisationIds());
            edges.computeIfAbsent(fact.organisationIds(), pair -> new EdgeFigures()).add(fact);
        }
        this.organisations = List.copyOf(nodes);
        edges.forEach((pair, figures) -> pair.forEach(organisation -> {
            degrees.merge(organisation, 1, Integer::sum);
            weights.merge(organisation, figures.weight, Integer::sum);
        }));
        findComponents();
    }

    /** The organisations as nodes (those of the facts too) and the facts as edges. */
    static NetworkGraph of(Collection<String> organisations, Collection<LinkFact> facts) {
        return new NetworkGraph(organisations, facts);
    }

    List<String> organisations() {
        return organisations;
    }

    List<Edge> edges() {
        return edges.entrySet().stream()
                .map(entry -> entry.getValue().edge(entry.getKey()))
                .toList();
    }

    int links() {
        return edges.size();
    }

    int components() {
        return componentSizes.size();
    }

    int largestComponent() {
        return componentSizes.isEmpty() ? 0 : componentSizes.get(0);
    }

    /** 0 is the largest component; ties go to the one holding the smallest organisation id. */
    int componentOf(String organisation) {
        return componentOf.get(organisation);
    }

    /** 2E / (N (N - 1)): the share of all possible pairs that are linked; 0 with fewer than two organisations. */
    double density() {
        int n = organisations.size();
        return n < 2 ? 0 : 2.0 * edges.size() / ((double) n * (n - 1));
    }

    int degree(String organisation) {
        return degrees.getOrDefault(organisation, 0);
    }

    int weight(String organisation) {
        return weights.getOrDefault(organisation, 0);
    }

    private void findComponents() {
        Map<String, String> parent = new HashMap<>();
        organisations.forEach(organisation -> parent.put(organisation, organisation));
        for (List<String> pair : edges.keySet()) {
            String first = root(parent, pair.get(0));
            String second = root(parent, pair.get(1));
            if (!first.equals(second)) {
                parent.put(first.compareTo(second) < 0 ? second : first, first.compareTo(second) < 0 ? first : second);
            }
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        organisations.forEach(organisation -> members.computeIfAbsent(root(parent, organisation),
                root -> new ArrayList<>()).add(organisation));
        List<List<String>> components = new ArrayList<>(members.values());
        components.sort(Comparator.<List<String>>comparingInt(List::size).reversed()
                .thenComparing(component -> component.get(0)));
        for (int i = 0; i < components.size(); i++) {
            componentSizes.add(components.get(i).size());
            for (String organisation : components.get(i)) {
                componentOf.put(organisation, i);
            }
        }
    }

    private static String root(Map<String, String> parent, String organisation) {
        String root = organisation;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(organisation, root);
        return root;
    }

    static int comparePairs(List<String> one, List<String> other) {
        int first = one.get(0).compareTo(other.get(0));
        return first != 0 ? first : one.get(1).compareTo(other.get(1));
    }

    /** What the occurrences of one pair add up to. */
    private static final class EdgeFigures {

        private final Map<LinkKind, Integer> weights = new EnumMap<>(LinkKind.class);
        private int weight;
        private Instant firstAt;

        void add(LinkFact fact) {
            weights.merge(fact.linkKind(), 1, Integer::sum);
            weight++;
            if (firstAt == null || fact.at().isBefore(firstAt)) {
                firstAt = fact.at();
            }
        }

        Edge edge(List<String> pair) {
            Map<String, Integer> byKind = new LinkedHashMap<>();
            weights.forEach((kind, count) -> byKind.put(kind.name(), count));
            return new Edge(pair.get(0), pair.get(1), List.copyOf(byKind.keySet()), weight, byKind, firstAt);
        }
    }
}
