package org.atelier.command.workshop;

import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.IDEA;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.OTHER_IDEA;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;
import static org.atelier.command.workshop.WorkshopStory.alicePostedIdea;
import static org.atelier.command.workshop.WorkshopStory.phaseAdvanced;
import static org.atelier.command.workshop.WorkshopStory.posted;
import static org.atelier.command.workshop.WorkshopStory.stepAdvanced;

import java.util.ArrayList;
import java.util.List;

import org.atelier.command.workshop.WorkshopRejections.BudgetUsedUp;
import org.atelier.command.workshop.WorkshopRejections.IdeaCapReached;
import org.atelier.command.workshop.WorkshopRejections.NotVoting;
import org.atelier.command.workshop.WorkshopRejections.UnknownCluster;
import org.atelier.shared.cluster.ClusterCreated;
import org.atelier.shared.cluster.ClusterDissolved;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.idea.IdeaHidden;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.vote.CastClusterVote;
import org.atelier.shared.vote.CastVote;
import org.atelier.shared.vote.ClusterVoteCast;
import org.atelier.shared.vote.ClusterVoteRetracted;
import org.atelier.shared.vote.RetractClusterVote;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dots on clusters share the budget with dots on ideas; dots on what leaves the board go back. */
class ClusterVotingTest {

    private static final ClusterId THEME = new ClusterId("theme-1");
    private static final ClusterId OTHER_THEME = new ClusterId("theme-2");

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
    }

    /** Alice's idea and two clusters of CRITIQUE, the room at the VOTE step (budget 5). */
    private static List<Object> votingOnClusters() {
        List<Object> events = new ArrayList<>(aliceAndBobIn(Phase.CRITIQUE));
        events.add(alicePostedIdea());
        events.add(posted(OTHER_IDEA, ALICE, KALEIDO, Phase.CRITIQUE));
        events.add(new ClusterCreated(WORKSHOP, THEME, Phase.CRITIQUE, "Meetings", AT));
        events.add(new ClusterCreated(WORKSHOP, OTHER_THEME, Phase.CRITIQUE, "Transport", AT));
        events.add(stepAdvanced(Phase.CRITIQUE, Step.COLLECT));
        events.add(stepAdvanced(Phase.CRITIQUE, Step.CLUSTER));
        return events;
    }

    private static List<Object> bobsDotsOn(ClusterId cluster, int count) {
        List<Object> cast = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cast.add(new ClusterVoteCast(WORKSHOP, BOB, cluster, Phase.CRITIQUE, AT));
        }
        return cast;
    }

    private static List<Object> bobsDotsOnIdea(int count) {
        List<Object> cast = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cast.add(new VoteCast(WORKSHOP, BOB, IDEA, Phase.CRITIQUE, AT));
        }
        return cast;
    }

    @Test
    void aParticipantPutsADotOnACluster() {
        fixture.given(votingOnClusters())
                .when(new CastClusterVote(WORKSHOP, BOB, THEME, AT))
                .expectEvents(new ClusterVoteCast(WORKSHOP, BOB, THEME, Phase.CRITIQUE, AT));
    }

    @Test
    void dotsOnClustersAreCastOnlyDuringTheVoteStep() {
        List<Object> history = new ArrayList<>(votingOnClusters());
        history.remove(history.size() - 1);
        fixture.given(history)
                .when(new CastClusterVote(WORKSHOP, BOB, THEME, AT))
                .expectException(NotVoting.class)
                .expectNoEvents();
    }

    @Test
    void ideasAndClustersShareOneBudget() {
        fixture.given(votingOnClusters())
                .andGiven(bobsDotsOnIdea(3))
                .andGiven(bobsDotsOn(THEME, 2))
                .when(new CastClusterVote(WORKSHOP, BOB, OTHER_THEME, AT))
                .expectException(BudgetUsedUp.class)
                .expectNoEvents();
    }

    @Test
    void anIdeaTakesNoDotPastABudgetSpentOnClusters() {
        fixture.given(votingOnClusters())
                .andGiven(bobsDotsOn(THEME, 5))
                .when(new CastVote(WORKSHOP, BOB, IDEA, AT))
                .expectException(BudgetUsedUp.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownClusterReceivesNoDot() {
        fixture.given(votingOnClusters())
                .when(new CastClusterVote(WORKSHOP, BOB, new ClusterId("nowhere"), AT))
                .expectException(UnknownCluster.class);
    }

    @Test
    void onlyClustersOfThePhaseNowOpenReceiveDots() {
        List<Object> history = new ArrayList<>(votingOnClusters());
        history.add(phaseAdvanced(Phase.CRITIQUE));
        history.add(stepAdvanced(Phase.UTOPIA, Step.COLLECT));
        history.add(stepAdvanced(Phase.UTOPIA, Step.CLUSTER));
        fixture.given(history)
                .when(new CastClusterVote(WORKSHOP, BOB, THEME, AT))
                .expectException(UnknownCluster.class);
    }

    @Test
    void theCapPerTargetHoldsForClusters() {
        List<Object> history = new ArrayList<>(votingOnClusters());
        history.set(0, new WorkshopScheduled(WORKSHOP, "Kitchen", "Food", null, List.of(), 5, 2,
                WorkshopStory.JOIN_CODE, AT));
        history.addAll(bobsDotsOn(THEME, 2));
        fixture.given(history)
                .when(new CastClusterVote(WORKSHOP, BOB, THEME, AT))
                .expectException(IdeaCapReached.class)
                .expectNoEvents();
    }

    @Test
    void aDotIsTakenBackFromACluster() {
        fixture.given(votingOnClusters())
                .andGiven(bobsDotsOn(THEME, 1))
                .when(new RetractClusterVote(WORKSHOP, BOB, THEME, AT))
                .expectEvents(new ClusterVoteRetracted(WORKSHOP, BOB, THEME, Phase.CRITIQUE, AT));
    }

    @Test
    void takingBackADotThatIsNotThereRecordsNothing() {
        fixture.given(votingOnClusters())
                .andGiven(bobsDotsOnIdea(1))
                .when(new RetractClusterVote(WORKSHOP, BOB, THEME, AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void dotsOnAWithdrawnIdeaGoBackToTheirVoter() {
        fixture.given(votingOnClusters())
                .andGiven(bobsDotsOnIdea(5))
                .andGiven(new IdeaWithdrawn(WORKSHOP, IDEA, AT))
                .when(new CastVote(WORKSHOP, BOB, OTHER_IDEA, AT))
                .expectEvents(new VoteCast(WORKSHOP, BOB, OTHER_IDEA, Phase.CRITIQUE, AT));
    }

    @Test
    void dotsOnAHiddenIdeaGoBackToTheirVoter() {
        fixture.given(votingOnClusters())
                .andGiven(bobsDotsOnIdea(5))
                .andGiven(new IdeaHidden(WORKSHOP, IDEA, "off topic", AT))
                .when(new CastClusterVote(WORKSHOP, BOB, THEME, AT))
                .expectEvents(new ClusterVoteCast(WORKSHOP, BOB, THEME, Phase.CRITIQUE, AT));
    }

    @Test
    void dotsOnADissolvedClusterGoBackToTheirVoter() {
        fixture.given(votingOnClusters())
                .andGiven(bobsDotsOn(THEME, 5))
                .andGiven(new ClusterDissolved(WORKSHOP, THEME, AT))
                .when(new CastClusterVote(WORKSHOP, BOB, OTHER_THEME, AT))
                .expectEvents(new ClusterVoteCast(WORKSHOP, BOB, OTHER_THEME, Phase.CRITIQUE, AT));
    }

    @Test
    void dotsOnAMergedClusterFollowIt() {
        fixture.given(votingOnClusters())
                .andGiven(bobsDotsOn(THEME, 5))
                .andGiven(new ClustersMerged(WORKSHOP, THEME, OTHER_THEME, AT))
                .when(new RetractClusterVote(WORKSHOP, BOB, OTHER_THEME, AT))
                .expectEvents(new ClusterVoteRetracted(WORKSHOP, BOB, OTHER_THEME, Phase.CRITIQUE, AT));
    }

    @Test
    void dotsOnAMergedClusterStillCountInTheBudget() {
        fixture.given(votingOnClusters())
                .andGiven(bobsDotsOn(THEME, 5))
                .andGiven(new ClustersMerged(WORKSHOP, THEME, OTHER_THEME, AT))
                .when(new CastVote(WORKSHOP, BOB, IDEA, AT))
                .expectException(BudgetUsedUp.class);
    }
}
