package org.atelier.query.trace;

import java.time.Instant;
import java.util.List;

import org.atelier.query.partnership.PartnershipView;

/**
 * How a partnership emerged, read from its workshop's stream: the steps, oldest first, from the
 * first idea it came from to the partnership's last change, and the same story as a graph.
 *
 * @param partnership the partnership as {@code GET /api/partnerships} lists it
 */
public record TraceView(PartnershipView partnership, List<Step> steps, Graph graph) {

    /**
     * One event of the story.
     *
     * @param position         the event's position in the workshop
     * @param type             the event's name ({@code IdeaPosted}, {@code OrganisationCommitted}, ...): screens
     *                         say it in their language
     * @param actor            {@code participant:<id>}, {@code facilitator}, {@code organiser}, or {@code participant}
     *                         where the phase was ever anonymous
     * @param actorName        the participant's display name, left out where the phase was ever anonymous
     * @param organisationId   the organisation that acted (the idea's, the committed one...)
     * @param phase            the room's phase when it happened
     * @param summary          language-neutral: the idea's text, the cluster's title, the proposal's title, the
     *                         organisation's name, the partnership's organisations' names; {@code null} where the
     *                         text may not be shown (an idea withdrawn, hidden, or still private for this reader)
     * @param refs             ids of the graph's nodes the step concerns, its own subject first
     */
    public record Step(long position, Instant at, String type, String actor, String actorName,
                       String organisationId, String organisationName, String phase, String summary,
                       List<String> refs) {
    }

    public record Graph(List<Node> nodes, List<Edge> edges) {
    }

    /**
     * @param id             the kind of thing and its id: {@code idea:<id>}, {@code cluster:<id>},
     *                       {@code proposal:<id>}, {@code organisation:<id>}, {@code partnership:<id>}
     * @param kind           {@code critique}, {@code dream}, {@code action} (ideas of CRITIQUE, UTOPIA and
     *                       REALIZATION), {@code cluster}, {@code proposal}, {@code organisation}, {@code partnership}
     * @param label          as a step's summary
     * @param organisationId whose idea or proposal it is
     * @param position       the position of the event that made it (0 for an organisation)
     * @param status         for an idea, {@code POSTED}, {@code WITHDRAWN} or {@code HIDDEN}
     */
    public record Node(String id, String kind, String label, String phase, String organisationId, long position,
                       String status) {
    }

    /**
     * @param kind {@code inspiredBy} (idea to the idea that inspired it), {@code inCluster} (idea to its
     *             cluster), {@code derivedFrom} (proposal to idea or cluster, partnership to proposal),
     *             {@code committed} (organisation to proposal), {@code formed} (organisation to partnership)
     */
    public record Edge(String source, String target, String kind) {
    }
}
