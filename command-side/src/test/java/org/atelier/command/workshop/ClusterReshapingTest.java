package org.atelier.command.workshop;

import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.IDEA;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.OTHER_IDEA;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;
import static org.atelier.command.workshop.WorkshopStory.alicePostedIdea;
import static org.atelier.command.workshop.WorkshopStory.phaseAdvanced;
import static org.atelier.command.workshop.WorkshopStory.posted;

import java.util.ArrayList;
import java.util.List;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.command.workshop.WorkshopRejections.PhaseNotOpen;
import org.atelier.command.workshop.WorkshopRejections.UnknownCluster;
import org.atelier.shared.cluster.ClusterCreated;
import org.atelier.shared.cluster.ClusterDissolved;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.cluster.ClusterRenamed;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.cluster.DissolveCluster;
import org.atelier.shared.cluster.IdeaClustered;
import org.atelier.shared.cluster.MergeClusters;
import org.atelier.shared.cluster.MoveIdea;
import org.atelier.shared.cluster.RenameCluster;
import org.atelier.shared.workshop.Phase;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClusterReshapingTest {

    private static final ClusterId MEETINGS = new ClusterId("meetings");
    private static final ClusterId FUNDING = new ClusterId("funding");

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
    }

    /** Two clusters of CRITIQUE: Alice's first idea in MEETINGS, her second in FUNDING. */
    private static List<Object> twoClusters() {
        List<Object> events = new ArrayList<>(aliceAndBobIn(Phase.CRITIQUE));
        events.add(alicePostedIdea());
        events.add(posted(OTHER_IDEA, ALICE, KALEIDO, Phase.CRITIQUE));
        events.add(new ClusterCreated(WORKSHOP, MEETINGS, Phase.CRITIQUE, "Meetings", AT));
        events.add(new ClusterCreated(WORKSHOP, FUNDING, Phase.CRITIQUE, "Funding", AT));
        events.add(new IdeaClustered(WORKSHOP, IDEA, MEETINGS, AT));
        events.add(new IdeaClustered(WORKSHOP, OTHER_IDEA, FUNDING, AT));
        return events;
    }

    @Test
    void theFacilitatorRenamesACluster() {
        fixture.given(twoClusters())
                .when(new RenameCluster(WORKSHOP, MEETINGS, " Endless meetings ", AT))
                .expectEvents(new ClusterRenamed(WORKSHOP, MEETINGS, "Endless meetings", AT));
    }

    @Test
    void aMergedClusterHandsItsIdeasToTheOther() {
        fixture.given(twoClusters())
                .when(new MergeClusters(WORKSHOP, FUNDING, MEETINGS, AT))
                .expectEvents(new ClustersMerged(WORKSHOP, FUNDING, MEETINGS, AT));
    }

    @Test
    void aMergedClusterIsNoMore() {
        fixture.given(twoClusters())
                .andGiven(new ClustersMerged(WORKSHOP, FUNDING, MEETINGS, AT))
                .when(new MoveIdea(WORKSHOP, IDEA, FUNDING, AT))
                .expectException(UnknownCluster.class);
    }

    @Test
    void ideasOfAMergedClusterAreAlreadyInTheOther() {
        fixture.given(twoClusters())
                .andGiven(new ClustersMerged(WORKSHOP, FUNDING, MEETINGS, AT))
                .when(new MoveIdea(WORKSHOP, OTHER_IDEA, MEETINGS, AT))
                .expectNoEvents();
    }

    @Test
    void aClusterIsNotMergedIntoItself() {
        fixture.given(twoClusters())
                .when(new MergeClusters(WORKSHOP, MEETINGS, MEETINGS, AT))
                .expectException(InvalidInput.class);
    }

    @Test
    void aDissolvedClusterLeavesItsIdeasUnclustered() {
        fixture.given(twoClusters())
                .andGiven(new ClusterDissolved(WORKSHOP, MEETINGS, AT))
                .when(new MoveIdea(WORKSHOP, IDEA, null, AT))
                .expectNoEvents();
    }

    @Test
    void theFacilitatorDissolvesACluster() {
        fixture.given(twoClusters())
                .when(new DissolveCluster(WORKSHOP, MEETINGS, AT))
                .expectEvents(new ClusterDissolved(WORKSHOP, MEETINGS, AT));
    }

    @Test
    void clustersOfAPhaseLeftBehindStayAsTheyAre() {
        fixture.given(twoClusters())
                .andGiven(phaseAdvanced(Phase.CRITIQUE))
                .when(new RenameCluster(WORKSHOP, MEETINGS, "Later", AT))
                .expectException(UnknownCluster.class);
    }

    @Test
    void clustersAreNotReshapedOnceClosed() {
        List<Object> closed = new ArrayList<>(twoClusters());
        closed.add(phaseAdvanced(Phase.CRITIQUE));
        closed.add(phaseAdvanced(Phase.UTOPIA));
        closed.add(phaseAdvanced(Phase.REALIZATION));
        fixture.given(closed)
                .when(new DissolveCluster(WORKSHOP, MEETINGS, AT))
                .expectException(PhaseNotOpen.class);
    }
}
