package org.atelier.query.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.atelier.query.partnership.PartnershipView;
import org.atelier.query.trace.TraceView.Edge;
import org.atelier.query.trace.TraceView.Node;
import org.atelier.shared.cluster.ClusterCreated;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.cluster.IdeaClustered;
import org.atelier.shared.idea.IdeaHidden;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.Conditions;
import org.atelier.shared.proposal.DissolutionReason;
import org.atelier.shared.proposal.OrganisationCommitted;
import org.atelier.shared.proposal.PartnershipDissolved;
import org.atelier.shared.proposal.PartnershipExtended;
import org.atelier.shared.proposal.PartnershipFormed;
import org.atelier.shared.proposal.PartnershipId;
import org.atelier.shared.proposal.ProjectProposed;
import org.atelier.shared.proposal.ProposalAmended;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.workshop.Audience;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseAdvanced;
import org.atelier.shared.workshop.PhaseConfigured;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The story of a partnership folded from a workshop's stream, for what an API run cannot easily stage. */
class TraceFoldTest {

    private static final WorkshopId WORKSHOP = new WorkshopId("w");
    private static final Instant START = Instant.parse("2026-09-24T12:00:00Z");
    private static final String VELO = "org-velo";
    private static final String CAFE = "org-cafe";
    private static final String JARDIN = "org-jardin";

    private final List<DomainEventMessage<?>> stream = new ArrayList<>();

    @BeforeEach
    void aWorkshopWithThreeOrganisations() {
        recorded(new WorkshopScheduled(WORKSHOP, "Title", "digital", null, List.of(), 5, 0, "CODE", START), null);
        joined("ana", VELO);
        joined("ben", CAFE);
        joined("carla", JARDIN);
        recorded(new PhaseAdvanced(WORKSHOP, Phase.PREPARATION, Phase.CRITIQUE, Step.COLLECT, START), "facilitator");
    }

    @Test
    void ideasMergedIntoADerivedClusterComeWithTheMergeAsTheirStep() {
        posted("coin", "ana", VELO, Phase.CRITIQUE);
        posted("bus", "carla", JARDIN, Phase.CRITIQUE);
        clusterCreated("isolement");
        clusterCreated("mobilite");
        clustered("coin", "isolement");
        clustered("bus", "mobilite");
        long merge = recorded(new ClustersMerged(WORKSHOP, new ClusterId("mobilite"), new ClusterId("isolement"),
                START), "facilitator");
        proposedAndPartnered(List.of(), List.of("isolement"));

        TraceView trace = trace(Audience.EVALUATOR);

        assertThat(trace.steps()).filteredOn(step -> step.position() == merge)
                .extracting(TraceView.Step::type, TraceView.Step::refs)
                .containsExactly(tuple("ClustersMerged", List.of("cluster:isolement", "idea:bus")));
        assertThat(trace.graph().edges()).contains(new Edge("idea:bus", "cluster:isolement", "inCluster"),
                new Edge("idea:coin", "cluster:isolement", "inCluster"));
        assertThat(trace.graph().nodes()).extracting(Node::id).doesNotContain("cluster:mobilite");
    }

    @Test
    void ideasWithdrawnOrHiddenKeepTheirPlaceButNotTheirText() {
        posted("coin", "ana", VELO, Phase.CRITIQUE);
        posted("lieu", "ben", CAFE, Phase.CRITIQUE, "coin");
        recorded(new IdeaWithdrawn(WORKSHOP, new IdeaId("coin"), START), "participant:ana");
        posted("rude", "ben", CAFE, Phase.CRITIQUE);
        recorded(new IdeaHidden(WORKSHOP, new IdeaId("rude"), "off topic", START), "facilitator");
        proposedAndPartnered(List.of("lieu", "rude"), List.of());

        TraceView trace = trace(Audience.EVALUATOR);

        assertThat(trace.graph().nodes()).filteredOn(node -> node.id().startsWith("idea:"))
                .extracting(Node::id, Node::status, Node::label)
                .containsExactly(tuple("idea:coin", "WITHDRAWN", null), tuple("idea:lieu", "POSTED", "Text of lieu"),
                        tuple("idea:rude", "HIDDEN", null));
    }

    @Test
    void ideasStillPrivateAreShownToEvaluatorsButNotToTheFacilitator() {
        recorded(new PhaseConfigured(WORKSHOP, Phase.CRITIQUE, true, false, false, START), "facilitator");
        posted("coin", "ana", VELO, Phase.CRITIQUE);
        proposedAndPartnered(List.of("coin"), List.of());

        assertThat(trace(Audience.EVALUATOR).steps().get(0).summary()).isEqualTo("Text of coin");
        assertThat(trace(Audience.FACILITATOR).steps().get(0).summary()).isNull();
    }

    @Test
    void aPhaseMadeAnonymousLaterHidesItsPersonsFromTheWholeTrace() {
        posted("coin", "ana", VELO, Phase.CRITIQUE);
        proposedAndPartnered(List.of("coin"), List.of());
        recorded(new PhaseConfigured(WORKSHOP, Phase.CRITIQUE, false, true, false, START), "facilitator");

        TraceView.Step critique = trace(Audience.EVALUATOR).steps().get(0);

        assertThat(critique.actor()).isEqualTo("participant");
        assertThat(critique.actorName()).isNull();
        assertThat(critique.organisationId()).isEqualTo(VELO);
        assertThat(critique.organisationName()).isEqualTo("Name of " + VELO);
    }

    @Test
    void whatAnAmendmentAddsIsTracedAndTheStoryEndsWithThePartnershipsLastChange() {
        posted("coin", "ana", VELO, Phase.CRITIQUE);
        posted("later", "carla", JARDIN, Phase.REALIZATION);
        proposedAndPartnered(List.of("coin"), List.of());
        recorded(new ProposalAmended(WORKSHOP, new ProposalId("tiers-lieu"), "Tiers-lieu ouvert", "",
                List.of(new IdeaId("coin"), new IdeaId("later")), List.of(), new OrganisationId(VELO), Conditions.NONE,
                new ParticipantId("ana"), START), "participant:ana");
        committed(JARDIN, "carla");
        recorded(new PartnershipExtended(WORKSHOP, new PartnershipId("p"), new ProposalId("tiers-lieu"),
                new OrganisationId(JARDIN), organisations(VELO, CAFE, JARDIN), START), "participant:carla");
        long dissolved = recorded(new PartnershipDissolved(WORKSHOP, new PartnershipId("p"),
                new ProposalId("tiers-lieu"), organisations(VELO, CAFE, JARDIN), DissolutionReason.PROPOSAL_WITHDRAWN,
                START), "facilitator");
        posted("after", "ana", VELO, Phase.REALIZATION);

        TraceView trace = trace(Audience.EVALUATOR);

        assertThat(trace.steps()).extracting(TraceView.Step::type).endsWith("ProposalAmended",
                "OrganisationCommitted", "PartnershipExtended", "PartnershipDissolved");
        assertThat(trace.steps().get(trace.steps().size() - 1).position()).isEqualTo(dissolved);
        assertThat(trace.graph().nodes()).extracting(Node::id).contains("idea:later", "organisation:" + JARDIN)
                .doesNotContain("idea:after");
        assertThat(trace.graph().nodes()).filteredOn(node -> node.kind().equals("partnership"))
                .extracting(Node::status).containsExactly("DISSOLVED");
        assertThat(trace.graph().nodes()).filteredOn(node -> node.kind().equals("proposal"))
                .extracting(Node::label).containsExactly("Tiers-lieu ouvert");
    }

    @Test
    void aStreamThatNeverFormedThePartnershipHasNoTrace() {
        posted("coin", "ana", VELO, Phase.CRITIQUE);

        assertThat(trace(Audience.EVALUATOR)).isNull();
    }

    /** Ana proposes the project, Ana and Ben commit and form partnership "p". */
    private void proposedAndPartnered(List<String> ideas, List<String> clusters) {
        recorded(new ProjectProposed(WORKSHOP, new ProposalId("tiers-lieu"), "Tiers-lieu", "",
                ideas.stream().map(IdeaId::new).toList(), clusters.stream().map(ClusterId::new).toList(),
                new OrganisationId(VELO), Conditions.NONE, new ParticipantId("ana"), new OrganisationId(VELO),
                Phase.REALIZATION, START), "participant:ana");
        committed(VELO, "ana");
        committed(CAFE, "ben");
        recorded(new PartnershipFormed(WORKSHOP, new PartnershipId("p"), new ProposalId("tiers-lieu"),
                organisations(VELO, CAFE), START), "participant:ben");
    }

    private void joined(String participant, String organisation) {
        recorded(new ParticipantJoined(WORKSHOP, new ParticipantId(participant), participant.toUpperCase(),
                new OrganisationId(organisation), START), null);
    }

    private void posted(String idea, String participant, String organisation, Phase phase, String... inspiredBy) {
        recorded(new IdeaPosted(WORKSHOP, new IdeaId(idea), new ParticipantId(participant),
                new OrganisationId(organisation), phase, "Text of " + idea,
                Arrays.stream(inspiredBy).map(IdeaId::new).toList(), START), "participant:" + participant);
    }

    private void clusterCreated(String cluster) {
        recorded(new ClusterCreated(WORKSHOP, new ClusterId(cluster), Phase.CRITIQUE, "Title of " + cluster, START),
                "facilitator");
    }

    private void clustered(String idea, String cluster) {
        recorded(new IdeaClustered(WORKSHOP, new IdeaId(idea), new ClusterId(cluster), START), "facilitator");
    }

    private void committed(String organisation, String participant) {
        recorded(new OrganisationCommitted(WORKSHOP, new ProposalId("tiers-lieu"), new OrganisationId(organisation),
                new ParticipantId(participant), START), "participant:" + participant);
    }

    /** Appends the event to the stream as the workshop would record it; answers its position. */
    private long recorded(Object event, String actor) {
        Map<String, Object> metaData = new HashMap<>();
        if (actor != null) {
            metaData.put(TraceFold.ACTOR, actor);
        }
        long sequence = stream.size();
        stream.add(new GenericDomainEventMessage<>("Workshop", WORKSHOP.value(), sequence, event, metaData,
                UUID.randomUUID().toString(), START.plusSeconds(sequence)));
        return sequence + 1;
    }

    private TraceView trace(Audience audience) {
        PartnershipView partnership = new PartnershipView("p", WORKSHOP.value(), "tiers-lieu", List.of(VELO, CAFE),
                START, false, List.of(), "ACTIVE", null);
        return TraceFold.of(partnership, stream, audience, TraceFoldTest::names);
    }

    private static Map<String, String> names(Set<String> organisations) {
        Map<String, String> names = new HashMap<>();
        organisations.forEach(organisation -> names.put(organisation, "Name of " + organisation));
        return names;
    }

    private static List<OrganisationId> organisations(String... ids) {
        return Arrays.stream(ids).map(OrganisationId::new).toList();
    }
}
