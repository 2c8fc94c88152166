package org.atelier.command.workshop;

import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;
import static org.atelier.command.workshop.WorkshopStory.scheduled;
import static org.atelier.command.workshop.WorkshopStory.stepAdvanced;

import org.atelier.command.workshop.WorkshopRejections.LastStep;
import org.atelier.command.workshop.WorkshopRejections.PhaseNotOpen;
import org.atelier.command.workshop.WorkshopRejections.StepMovedOn;
import org.atelier.shared.workshop.AdvanceStep;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.StepAdvanced;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkshopStepsTest {

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
    }

    @Test
    void collectIsFollowedByCluster() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new AdvanceStep(WORKSHOP, Step.COLLECT, AT))
                .expectEvents(new StepAdvanced(WORKSHOP, Phase.CRITIQUE, Step.COLLECT, Step.CLUSTER, AT))
                .expectResultMessagePayload(5L);
    }

    @Test
    void clusterIsFollowedByVote() {
        fixture.given(aliceAndBobIn(Phase.UTOPIA))
                .andGiven(stepAdvanced(Phase.UTOPIA, Step.COLLECT))
                .when(new AdvanceStep(WORKSHOP, Step.CLUSTER, AT))
                .expectEvents(new StepAdvanced(WORKSHOP, Phase.UTOPIA, Step.CLUSTER, Step.VOTE, AT));
    }

    @Test
    void voteIsFollowedByDiscuss() {
        fixture.given(aliceAndBobIn(Phase.REALIZATION))
                .andGiven(stepAdvanced(Phase.REALIZATION, Step.COLLECT), stepAdvanced(Phase.REALIZATION, Step.CLUSTER))
                .when(new AdvanceStep(WORKSHOP, Step.VOTE, AT))
                .expectEvents(new StepAdvanced(WORKSHOP, Phase.REALIZATION, Step.VOTE, Step.DISCUSS, AT));
    }

    @Test
    void cannotAdvanceFromStepTheRoomHasAlreadyLeft() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(stepAdvanced(Phase.CRITIQUE, Step.COLLECT))
                .when(new AdvanceStep(WORKSHOP, Step.COLLECT, AT))
                .expectException(StepMovedOn.class)
                .expectNoEvents();
    }

    @Test
    void cannotAdvancePastDiscuss() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(stepAdvanced(Phase.CRITIQUE, Step.COLLECT), stepAdvanced(Phase.CRITIQUE, Step.CLUSTER),
                        stepAdvanced(Phase.CRITIQUE, Step.VOTE))
                .when(new AdvanceStep(WORKSHOP, Step.DISCUSS, AT))
                .expectException(LastStep.class)
                .expectNoEvents();
    }

    @Test
    void cannotAdvanceStepDuringPreparation() {
        fixture.given(scheduled())
                .when(new AdvanceStep(WORKSHOP, Step.COLLECT, AT))
                .expectException(PhaseNotOpen.class)
                .expectNoEvents();
    }

    @Test
    void cannotAdvanceStepOnceTheWorkshopIsClosed() {
        fixture.given(aliceAndBobIn(Phase.CLOSED))
                .when(new AdvanceStep(WORKSHOP, Step.COLLECT, AT))
                .expectException(PhaseNotOpen.class)
                .expectNoEvents();
    }
}
