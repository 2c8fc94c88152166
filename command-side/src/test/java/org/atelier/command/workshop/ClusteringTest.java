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

import java.util.List;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.command.workshop.WorkshopRejections.ClusterIdTaken;
import org.atelier.command.workshop.WorkshopRejections.IdeaOfAnotherPhase;
import org.atelier.command.workshop.WorkshopRejections.PhaseNotOpen;
import org.atelier.command.workshop.WorkshopRejections.UnknownCluster;
import org.atelier.command.workshop.WorkshopRejections.UnknownIdea;
import org.atelier.shared.cluster.ClusterCreated;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.cluster.CreateCluster;
import org.atelier.shared.cluster.IdeaClustered;
import org.atelier.shared.cluster.MoveIdea;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.workshop.Phase;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClusteringTest {

    private static final ClusterId MEETINGS = new ClusterId("meetings");
    private static final ClusterId FUNDING = new ClusterId("funding");

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
    }

    @Test
    void aClusterGathersIdeasOfThePhaseNowOpen() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), posted(OTHER_IDEA, ALICE, KALEIDO, Phase.CRITIQUE))
                .when(new CreateCluster(WORKSHOP, MEETINGS, "  Too many meetings ", List.of(IDEA, OTHER_IDEA), AT))
                .expectEvents(new ClusterCreated(WORKSHOP, MEETINGS, Phase.CRITIQUE, "Too many meetings", AT),
                        new IdeaClustered(WORKSHOP, IDEA, MEETINGS, AT),
                        new IdeaClustered(WORKSHOP, OTHER_IDEA, MEETINGS, AT))
                .expectResultMessagePayload(9L);
    }

    @Test
    void anEmptyClusterMayBeCreatedToFillLater() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new CreateCluster(WORKSHOP, MEETINGS, "Meetings", null, AT))
                .expectEvents(new ClusterCreated(WORKSHOP, MEETINGS, Phase.CRITIQUE, "Meetings", AT));
    }

    @Test
    void aClusterNeedsATitle() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new CreateCluster(WORKSHOP, MEETINGS, " ", List.of(), AT))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void noClusterOutsideAnOpenPhase() {
        fixture.given(aliceAndBobIn(Phase.PREPARATION))
                .when(new CreateCluster(WORKSHOP, MEETINGS, "Meetings", List.of(), AT))
                .expectException(PhaseNotOpen.class);
    }

    @Test
    void aClusterIdIsUsedOnce() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(new ClusterCreated(WORKSHOP, MEETINGS, Phase.CRITIQUE, "Meetings", AT))
                .when(new CreateCluster(WORKSHOP, MEETINGS, "Again", List.of(), AT))
                .expectException(ClusterIdTaken.class);
    }

    @Test
    void aClusterCannotGatherAnIdeaOfAnEarlierPhase() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), phaseAdvanced(Phase.CRITIQUE))
                .when(new CreateCluster(WORKSHOP, MEETINGS, "Dreams", List.of(IDEA), AT))
                .expectException(IdeaOfAnotherPhase.class)
                .expectNoEvents();
    }

    @Test
    void aClusterCannotGatherAWithdrawnIdea() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), new IdeaWithdrawn(WORKSHOP, IDEA, AT))
                .when(new CreateCluster(WORKSHOP, MEETINGS, "Meetings", List.of(IDEA), AT))
                .expectException(UnknownIdea.class);
    }

    @Test
    void anIdeaMovesFromOneClusterToAnother() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(),
                        new ClusterCreated(WORKSHOP, MEETINGS, Phase.CRITIQUE, "Meetings", AT),
                        new ClusterCreated(WORKSHOP, FUNDING, Phase.CRITIQUE, "Funding", AT),
                        new IdeaClustered(WORKSHOP, IDEA, MEETINGS, AT))
                .when(new MoveIdea(WORKSHOP, IDEA, FUNDING, AT))
                .expectEvents(new IdeaClustered(WORKSHOP, IDEA, FUNDING, AT));
    }

    @Test
    void anIdeaMovesOutOfEveryCluster() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), new ClusterCreated(WORKSHOP, MEETINGS, Phase.CRITIQUE, "Meetings", AT),
                        new IdeaClustered(WORKSHOP, IDEA, MEETINGS, AT))
                .when(new MoveIdea(WORKSHOP, IDEA, null, AT))
                .expectEvents(new IdeaClustered(WORKSHOP, IDEA, null, AT));
    }

    @Test
    void movingAnIdeaWhereItAlreadyIsRecordsNothing() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), new ClusterCreated(WORKSHOP, MEETINGS, Phase.CRITIQUE, "Meetings", AT),
                        new IdeaClustered(WORKSHOP, IDEA, MEETINGS, AT))
                .when(new MoveIdea(WORKSHOP, IDEA, MEETINGS, AT))
                .expectNoEvents();
    }

    @Test
    void anIdeaCannotMoveIntoAClusterOfAnotherPhase() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(new ClusterCreated(WORKSHOP, MEETINGS, Phase.CRITIQUE, "Meetings", AT),
                        phaseAdvanced(Phase.CRITIQUE), posted(IDEA, ALICE, KALEIDO, Phase.UTOPIA))
                .when(new MoveIdea(WORKSHOP, IDEA, MEETINGS, AT))
                .expectException(UnknownCluster.class);
    }
}
