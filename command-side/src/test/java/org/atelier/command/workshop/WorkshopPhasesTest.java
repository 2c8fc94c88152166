package org.atelier.command.workshop;

import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;
import static org.atelier.command.workshop.WorkshopStory.phaseAdvanced;
import static org.atelier.command.workshop.WorkshopStory.scheduled;
import static org.atelier.command.workshop.WorkshopStory.stepAdvanced;

import org.atelier.command.workshop.WorkshopRejections.PhaseMovedOn;
import org.atelier.command.workshop.WorkshopRejections.WorkshopIsClosed;
import org.atelier.shared.workshop.AdvancePhase;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseAdvanced;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.WorkshopClosed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkshopPhasesTest {

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
    }

    @Test
    void critiqueStartsAtStepCollect() {
        fixture.given(scheduled())
                .when(new AdvancePhase(WORKSHOP, Phase.PREPARATION, AT))
                .expectEvents(new PhaseAdvanced(WORKSHOP, Phase.PREPARATION, Phase.CRITIQUE, Step.COLLECT, AT))
                .expectResultMessagePayload(2L);
    }

    @Test
    void nextPhaseStartsAgainAtStepCollect() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(stepAdvanced(Phase.CRITIQUE, Step.COLLECT), stepAdvanced(Phase.CRITIQUE, Step.CLUSTER),
                        stepAdvanced(Phase.CRITIQUE, Step.VOTE))
                .when(new AdvancePhase(WORKSHOP, Phase.CRITIQUE, AT))
                .expectEvents(new PhaseAdvanced(WORKSHOP, Phase.CRITIQUE, Phase.UTOPIA, Step.COLLECT, AT))
                .expectResultMessagePayload(8L);
    }

    @Test
    void utopiaIsFollowedByRealization() {
        fixture.given(aliceAndBobIn(Phase.UTOPIA))
                .when(new AdvancePhase(WORKSHOP, Phase.UTOPIA, AT))
                .expectEvents(new PhaseAdvanced(WORKSHOP, Phase.UTOPIA, Phase.REALIZATION, Step.COLLECT, AT));
    }

    @Test
    void leavingRealizationClosesTheWorkshop() {
        fixture.given(aliceAndBobIn(Phase.REALIZATION))
                .when(new AdvancePhase(WORKSHOP, Phase.REALIZATION, AT))
                .expectEvents(new PhaseAdvanced(WORKSHOP, Phase.REALIZATION, Phase.CLOSED, null, AT),
                        new WorkshopClosed(WORKSHOP, AT))
                .expectResultMessagePayload(8L);
    }

    @Test
    void cannotAdvanceFromPhaseTheRoomHasAlreadyLeft() {
        fixture.given(scheduled(), phaseAdvanced(Phase.PREPARATION))
                .when(new AdvancePhase(WORKSHOP, Phase.PREPARATION, AT))
                .expectException(PhaseMovedOn.class)
                .expectNoEvents();
    }

    @Test
    void cannotAdvanceFromPhaseTheRoomHasNotReachedYet() {
        fixture.given(scheduled())
                .when(new AdvancePhase(WORKSHOP, Phase.UTOPIA, AT))
                .expectException(PhaseMovedOn.class)
                .expectNoEvents();
    }

    @Test
    void cannotAdvanceClosedWorkshop() {
        fixture.given(aliceAndBobIn(Phase.CLOSED))
                .when(new AdvancePhase(WORKSHOP, Phase.CLOSED, AT))
                .expectException(WorkshopIsClosed.class)
                .expectNoEvents();
    }
}
