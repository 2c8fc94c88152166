package org.atelier.query.network;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The organisations' network of a scope as the public API shows it, with the links made up to
 * {@code at} ({@code null}: now).
 *
 * @param programme         the programme covered ({@code null}: every programme, {@code ""}: the workshops without one)
 * @param nodes             the organisations that took part in a workshop of the scope, by name
 * @param edges             one per linked pair, {@code source} before {@code target} in id order
 * @param components        connected components among the nodes (an organisation without links is one)
 * @param density           2E / (N (N - 1)), 0 with fewer than two nodes
 * @param links             E, the number of edges
 * @param largestComponent  how many organisations the largest component holds
 * @param registeredOutside organisations of the register (registered by then) that are not nodes
 * @param newLinks          for each workshop of the scope, oldest first: the pairs first linked there
 */
public record NetworkView(String programme, String workshopId, String theme, Instant at, List<Node> nodes,
                          List<Edge> edges, int components, double density, int links, int largestComponent,
                          int registeredOutside, List<WorkshopLinks> newLinks) {

    /**
     * @param degree    how many organisations it is linked to
     * @param weight    the weights of its edges, added up
     * @param workshops in how many workshops of the scope it took part
     * @param component its component, 0 being the largest
     */
    public record Node(String organisationId, String name, int degree, int weight, int workshops, int component) {
    }

    /**
     * @param kinds   the kinds of link between the two, in the order MET, BUILT_ON, CO_COMMITTED, PARTNERSHIP
     * @param weight  how many times they were linked, every kind together
     * @param weights how many times, by kind
     * @param firstAt when they were first linked
     */
    public record Edge(String source, String target, List<String> kinds, int weight, Map<String, Integer> weights,
                       Instant firstAt) {
    }

    /**
     * @param links    pairs linked in that workshop
     * @param newLinks of which, pairs never linked before in the programme
     * @param pairs    those new pairs, each in id order
     */
    public record WorkshopLinks(String workshopId, String title, String theme, Instant scheduledAt, int links,
                                int newLinks, List<List<String>> pairs) {
    }
}
