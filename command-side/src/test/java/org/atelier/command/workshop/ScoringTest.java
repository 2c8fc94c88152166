package org.atelier.command.workshop;

import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.IDEA;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.OTHER_IDEA;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;
import static org.atelier.command.workshop.WorkshopStory.alicePostedIdea;
import static org.atelier.command.workshop.WorkshopStory.posted;
import static org.atelier.command.workshop.WorkshopStory.stepAdvanced;

import java.util.ArrayList;
import java.util.List;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.command.workshop.ScoringRejections.NotDotVoting;
import org.atelier.command.workshop.ScoringRejections.PointsOverBudget;
import org.atelier.command.workshop.ScoringRejections.UnknownCriterion;
import org.atelier.command.workshop.WorkshopRejections.NotVoting;
import org.atelier.command.workshop.WorkshopRejections.UnknownIdea;
import org.atelier.shared.cluster.ClusterCreated;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.cluster.ClustersMerged;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.vote.AllocatePoints;
import org.atelier.shared.vote.Allocation;
import org.atelier.shared.vote.CastVote;
import org.atelier.shared.vote.Criterion;
import org.atelier.shared.vote.CriterionRated;
import org.atelier.shared.vote.PointsAllocated;
import org.atelier.shared.vote.RateCriterion;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.vote.VotingMode;
import org.atelier.shared.vote.VotingModeChosen;
import org.atelier.shared.workshop.ConfigurePhase;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseConfigured;
import org.atelier.shared.workshop.Step;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static final List<Criterion> CRITERIA = List.of(new Criterion("impact", "Impact pour le territoire"),
            new Criterion("faisabilite", "Faisabilité"));

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
    }

    /** Alice's and another idea in CRITIQUE, voted on with {@code mode}, and the room at the VOTE step. */
    private static List<Object> votingWith(VotingMode mode, List<Criterion> criteria, boolean atVote) {
        List<Object> events = new ArrayList<>(aliceAndBobIn(Phase.CRITIQUE));
        events.add(new VotingModeChosen(WORKSHOP, Phase.CRITIQUE, mode, criteria, AT));
        events.add(alicePostedIdea());
        events.add(posted(OTHER_IDEA, BOB, KALEIDO, Phase.CRITIQUE));
        events.add(stepAdvanced(Phase.CRITIQUE, Step.COLLECT));
        if (atVote) {
            events.add(stepAdvanced(Phase.CRITIQUE, Step.CLUSTER));
        }
        return events;
    }

    private static Allocation on(IdeaId idea, int points) {
        return new Allocation(idea, null, null, points);
    }

    @Test
    void theFacilitatorChoosesPointsForAPhase() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new ConfigurePhase(WORKSHOP, Phase.CRITIQUE, false, false, false, VotingMode.POINTS, null, AT))
                .expectEvents(new VotingModeChosen(WORKSHOP, Phase.CRITIQUE, VotingMode.POINTS, List.of(), AT));
    }

    @Test
    void theFacilitatorNamesCriteriaAndUnnamedIdsAreNumbered() {
        fixture.given(aliceAndBobIn(Phase.REALIZATION))
                .when(new ConfigurePhase(WORKSHOP, Phase.REALIZATION, false, false, false, VotingMode.CRITERIA,
                        List.of(new Criterion(null, " Faisabilité ")), AT))
                .expectEvents(new VotingModeChosen(WORKSHOP, Phase.REALIZATION, VotingMode.CRITERIA,
                        List.of(new Criterion("c1", "Faisabilité")), AT));
    }

    @Test
    void aCriteriaPhaseNamesOneToFiveCriteria() {
        List<Criterion> six = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            six.add(new Criterion("k" + i, "Critère " + i));
        }
        fixture.given(aliceAndBobIn(Phase.REALIZATION))
                .when(new ConfigurePhase(WORKSHOP, Phase.REALIZATION, false, false, false, VotingMode.CRITERIA, six,
                        AT))
                .expectException(InvalidInput.class);
    }

    @Test
    void aCriteriaPhaseWithoutCriteriaIsRefused() {
        fixture.given(aliceAndBobIn(Phase.REALIZATION))
                .when(new ConfigurePhase(WORKSHOP, Phase.REALIZATION, false, false, false, VotingMode.CRITERIA,
                        List.of(), AT))
                .expectException(InvalidInput.class);
    }

    @Test
    void dotsStayTheDefaultAndRecordNothing() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new ConfigurePhase(WORKSHOP, Phase.CRITIQUE, false, false, false, AT))
                .expectNoEvents();
    }

    @Test
    void settingsThatSayNothingOfTheModeKeepIt() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(new VotingModeChosen(WORKSHOP, Phase.CRITIQUE, VotingMode.POINTS, List.of(), AT))
                .when(new ConfigurePhase(WORKSHOP, Phase.CRITIQUE, false, false, true, AT))
                .expectEvents(new PhaseConfigured(WORKSHOP, Phase.CRITIQUE, false, false, true, AT));
    }

    @Test
    void goingBackToDotsIsRecorded() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(new VotingModeChosen(WORKSHOP, Phase.CRITIQUE, VotingMode.POINTS, List.of(), AT))
                .when(new ConfigurePhase(WORKSHOP, Phase.CRITIQUE, false, false, false, VotingMode.DOTS, null, AT))
                .expectEvents(new VotingModeChosen(WORKSHOP, Phase.CRITIQUE, VotingMode.DOTS, List.of(), AT));
    }

    @Test
    void aParticipantSharesOutPointsDuringTheVote() {
        fixture.given(votingWith(VotingMode.POINTS, List.of(), true))
                .when(new AllocatePoints(WORKSHOP, BOB, List.of(on(IDEA, 70), on(OTHER_IDEA, 30)), AT))
                .expectEvents(new PointsAllocated(WORKSHOP, BOB, Phase.CRITIQUE,
                        List.of(on(IDEA, 70), on(OTHER_IDEA, 30)), AT));
    }

    @Test
    void theSameAllocationAgainRecordsNothing() {
        fixture.given(votingWith(VotingMode.POINTS, List.of(), true))
                .andGiven(new PointsAllocated(WORKSHOP, BOB, Phase.CRITIQUE, List.of(on(IDEA, 70)), AT))
                .when(new AllocatePoints(WORKSHOP, BOB, List.of(on(IDEA, 70), on(OTHER_IDEA, 0)), AT))
                .expectNoEvents();
    }

    @Test
    void pointsOnAMergedClusterFollowItAsDotsDo() {
        ClusterId merged = new ClusterId("cluster-a");
        ClusterId into = new ClusterId("cluster-b");
        fixture.given(votingWith(VotingMode.POINTS, List.of(), true))
                .andGiven(new ClusterCreated(WORKSHOP, merged, Phase.CRITIQUE, "Réunions", AT),
                        new ClusterCreated(WORKSHOP, into, Phase.CRITIQUE, "Décisions", AT),
                        new PointsAllocated(WORKSHOP, BOB, Phase.CRITIQUE,
                                List.of(new Allocation(null, merged, null, 40), new Allocation(null, into, null, 10)), AT),
                        new ClustersMerged(WORKSHOP, merged, into, AT))
                // Bob's 50 points now lie on the cluster that stayed: saying so again records nothing.
                .when(new AllocatePoints(WORKSHOP, BOB, List.of(new Allocation(null, into, null, 50)), AT))
                .expectNoEvents();
    }

    @Test
    void theSameScoreAgainRecordsNothing() {
        fixture.given(votingWith(VotingMode.CRITERIA, CRITERIA, true))
                .andGiven(new CriterionRated(WORKSHOP, BOB, Phase.CRITIQUE, IDEA, null, null, "impact", 4, AT))
                .when(new RateCriterion(WORKSHOP, BOB, IDEA, null, null, "impact", 4, AT))
                .expectNoEvents();
    }

    @Test
    void moreThanAHundredPointsAreRefused() {
        fixture.given(votingWith(VotingMode.POINTS, List.of(), true))
                .when(new AllocatePoints(WORKSHOP, BOB, List.of(on(IDEA, 70), on(OTHER_IDEA, 31)), AT))
                .expectException(PointsOverBudget.class);
    }

    @Test
    void negativePointsAreRefused() {
        fixture.given(votingWith(VotingMode.POINTS, List.of(), true))
                .when(new AllocatePoints(WORKSHOP, BOB, List.of(on(IDEA, -1)), AT))
                .expectException(InvalidInput.class);
    }

    @Test
    void pointsGoOnlyOnIdeasOfThePhase() {
        fixture.given(votingWith(VotingMode.POINTS, List.of(), true))
                .when(new AllocatePoints(WORKSHOP, BOB, List.of(on(new IdeaId("nowhere"), 10)), AT))
                .expectException(UnknownIdea.class);
    }

    @Test
    void pointsAreSharedOutOnlyAtTheVoteStep() {
        fixture.given(votingWith(VotingMode.POINTS, List.of(), false))
                .when(new AllocatePoints(WORKSHOP, BOB, List.of(on(IDEA, 10)), AT))
                .expectException(NotVoting.class);
    }

    @Test
    void pointsAreRefusedInADotsPhase() {
        fixture.given(votingWith(VotingMode.DOTS, List.of(), true))
                .when(new AllocatePoints(WORKSHOP, BOB, List.of(on(IDEA, 10)), AT))
                .expectException(NotVoting.class);
    }

    @Test
    void dotsAreRefusedInAPointsPhase() {
        fixture.given(votingWith(VotingMode.POINTS, List.of(), true))
                .when(new CastVote(WORKSHOP, BOB, IDEA, AT))
                .expectException(NotDotVoting.class);
    }

    @Test
    void dotsStillWorkInADotsPhase() {
        fixture.given(votingWith(VotingMode.DOTS, List.of(), true))
                .when(new CastVote(WORKSHOP, BOB, IDEA, AT))
                .expectEvents(new VoteCast(WORKSHOP, BOB, IDEA, Phase.CRITIQUE, AT));
    }

    @Test
    void aParticipantScoresACriterion() {
        fixture.given(votingWith(VotingMode.CRITERIA, CRITERIA, true))
                .when(new RateCriterion(WORKSHOP, BOB, IDEA, null, null, "impact", 4, AT))
                .expectEvents(new CriterionRated(WORKSHOP, BOB, Phase.CRITIQUE, IDEA, null, null, "impact", 4, AT));
    }

    @Test
    void aScoreIsFromOneToFive() {
        fixture.given(votingWith(VotingMode.CRITERIA, CRITERIA, true))
                .when(new RateCriterion(WORKSHOP, BOB, IDEA, null, null, "impact", 6, AT))
                .expectException(InvalidInput.class);
    }

    @Test
    void anUnknownCriterionIsRefused() {
        fixture.given(votingWith(VotingMode.CRITERIA, CRITERIA, true))
                .when(new RateCriterion(WORKSHOP, BOB, IDEA, null, null, "beaute", 3, AT))
                .expectException(UnknownCriterion.class);
    }

    @Test
    void scoresAreRefusedInAPointsPhase() {
        fixture.given(votingWith(VotingMode.POINTS, List.of(), true))
                .when(new RateCriterion(WORKSHOP, BOB, IDEA, null, null, "impact", 3, AT))
                .expectException(NotVoting.class);
    }
}
