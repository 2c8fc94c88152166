package org.atelier.query.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.atelier.query.network.NetworkFacts.Facts;
import org.atelier.query.network.NetworkView.Node;
import org.atelier.query.network.NetworkView.WorkshopLinks;
import org.atelier.shared.network.FindNetwork;
import org.atelier.shared.network.NetworkScope;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** The network of a scope at a moment, aggregated from the link facts made up to then. */
@Component
class NetworkQueries {

    private final NetworkFacts facts;

    NetworkQueries(NetworkFacts facts) {
        this.facts = facts;
    }

    @QueryHandler
    NetworkView handle(FindNetwork query) {
        return networkOf(query.scope(), query.at(), facts.read(query.scope(), query.at()));
    }

    static NetworkView networkOf(NetworkScope scope, Instant at, Facts facts) {
        NetworkGraph graph = NetworkGraph.of(facts.participants(), facts.scopeLinks());
        Map<String, Integer> workshopsOf = new HashMap<>();
        facts.participations().forEach(part -> workshopsOf.merge(part.organisationId(), 1, Integer::sum));
        List<Node> nodes = graph.organisations().stream()
                .map(organisation -> new Node(organisation, facts.nameOf(organisation), graph.degree(organisation),
                        graph.weight(organisation), workshopsOf.getOrDefault(organisation, 0),
                        graph.componentOf(organisation)))
                .sorted(Comparator.comparing((Node node) -> node.name() == null ? "" : node.name(),
                        String.CASE_INSENSITIVE_ORDER).thenComparing(Node::organisationId))
                .toList();
        Set<String> inNetwork = Set.copyOf(graph.organisations());
        int outside = (int) facts.organisations().keySet().stream().filter(id -> !inNetwork.contains(id)).count();
        return new NetworkView(scope.programme(), scope.workshopId() == null ? null : scope.workshopId().value(),
                scope.theme(), at, nodes, graph.edges(), graph.components(), graph.density(), graph.links(),
                graph.largestComponent(), outside, newLinks(facts));
    }

    /** For each workshop of the scope, the pairs linked there and those linked there first. */
    static List<WorkshopLinks> newLinks(Facts facts) {
        Map<List<String>, String> firstLinkedIn = facts.firstLinkedIn();
        Map<String, Set<List<String>>> linkedIn = new HashMap<>();
        for (LinkFact link : facts.scopeLinks()) {
            linkedIn.computeIfAbsent(link.workshopId(), workshop -> new TreeSet<>(NetworkGraph::comparePairs))
                    .add(link.organisationIds());
        }
        List<WorkshopLinks> workshops = new ArrayList<>();
        for (NetworkWorkshop workshop : facts.scope()) {
            Set<List<String>> pairs = linkedIn.getOrDefault(workshop.workshopId(), Set.of());
            List<List<String>> first = pairs.stream()
                    .filter(pair -> workshop.workshopId().equals(firstLinkedIn.get(pair)))
                    .toList();
            workshops.add(new WorkshopLinks(workshop.workshopId(), workshop.title(), workshop.theme(),
                    workshop.scheduledAt(), pairs.size(), first.size(), first));
        }
        return workshops;
    }
}
