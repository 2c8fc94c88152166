package org.atelier.command.workshop;

import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.IDEA;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.posted;
import static org.atelier.command.workshop.WorkshopStory.STRANGER;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;
import static org.atelier.command.workshop.WorkshopStory.phaseAdvanced;
import static org.atelier.command.workshop.WorkshopStory.stepAdvanced;

import java.util.ArrayList;
import java.util.List;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.command.workshop.WorkshopRejections.BudgetUsedUp;
import org.atelier.command.workshop.WorkshopRejections.FirstStep;
import org.atelier.command.workshop.WorkshopRejections.NoPausedTimer;
import org.atelier.command.workshop.WorkshopRejections.NoPhaseToGoBackTo;
import org.atelier.command.workshop.WorkshopRejections.NoRunningTimer;
import org.atelier.command.workshop.WorkshopRejections.NotAParticipant;
import org.atelier.command.workshop.WorkshopRejections.PhaseMovedOn;
import org.atelier.command.workshop.WorkshopRejections.PhaseNotOpen;
import org.atelier.command.workshop.WorkshopRejections.StepMovedOn;
import org.atelier.shared.timer.ExtendTimer;
import org.atelier.shared.timer.PauseTimer;
import org.atelier.shared.timer.ResumeTimer;
import org.atelier.shared.timer.StartTimer;
import org.atelier.shared.timer.StopTimer;
import org.atelier.shared.timer.TimerExtended;
import org.atelier.shared.timer.TimerPaused;
import org.atelier.shared.timer.TimerResumed;
import org.atelier.shared.timer.TimerStarted;
import org.atelier.shared.timer.TimerStopped;
import org.atelier.shared.vote.CastVote;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.workshop.MarkReady;
import org.atelier.shared.workshop.ParticipantReady;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseBack;
import org.atelier.shared.workshop.PhaseReverted;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.StepBack;
import org.atelier.shared.workshop.StepReverted;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StepBackAndTimerTest {

    private static final TimerStarted FIVE_MINUTES =
            new TimerStarted(WORKSHOP, Phase.CRITIQUE, Step.COLLECT, 300, AT.plusSeconds(300), AT);

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
    }

    @Test
    void theFacilitatorStepsBackOneStep() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(stepAdvanced(Phase.CRITIQUE, Step.COLLECT))
                .when(new StepBack(WORKSHOP, Step.CLUSTER, AT))
                .expectEvents(new StepReverted(WORKSHOP, Phase.CRITIQUE, Step.CLUSTER, Step.COLLECT, AT));
    }

    @Test
    void steppingBackFromAStepAlreadyLeftIsRefused() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(stepAdvanced(Phase.CRITIQUE, Step.COLLECT))
                .when(new StepBack(WORKSHOP, Step.VOTE, AT))
                .expectException(StepMovedOn.class);
    }

    @Test
    void thereIsNoStepBeforeCollect() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new StepBack(WORKSHOP, Step.COLLECT, AT))
                .expectException(FirstStep.class);
    }

    @Test
    void theFacilitatorGoesBackToThePreviousPhaseAtItsLastStep() {
        fixture.given(aliceAndBobIn(Phase.UTOPIA))
                .when(new PhaseBack(WORKSHOP, Phase.UTOPIA, AT))
                .expectEvents(new PhaseReverted(WORKSHOP, Phase.UTOPIA, Phase.CRITIQUE, Step.DISCUSS, AT));
    }

    @Test
    void goingBackFromAPhaseAlreadyLeftIsRefused() {
        fixture.given(aliceAndBobIn(Phase.REALIZATION))
                .when(new PhaseBack(WORKSHOP, Phase.UTOPIA, AT))
                .expectException(PhaseMovedOn.class);
    }

    @Test
    void aClosedWorkshopDoesNotReopen() {
        fixture.given(aliceAndBobIn(Phase.CLOSED))
                .when(new PhaseBack(WORKSHOP, Phase.CLOSED, AT))
                .expectException(NoPhaseToGoBackTo.class);
    }

    @Test
    void aTimerRunsForTheCurrentStepUntilAServerInstant() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new StartTimer(WORKSHOP, 300, AT))
                .expectEvents(FIVE_MINUTES);
    }

    @Test
    void aTimerLastsOneSecondToTwoHours() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new StartTimer(WORKSHOP, 0, AT))
                .expectException(InvalidInput.class);
    }

    @Test
    void noTimerOutsideAnOpenPhase() {
        fixture.given(aliceAndBobIn(Phase.PREPARATION))
                .when(new StartTimer(WORKSHOP, 60, AT))
                .expectException(PhaseNotOpen.class);
    }

    @Test
    void aPausedTimerKeepsTheTimeItHadLeft() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(FIVE_MINUTES)
                .when(new PauseTimer(WORKSHOP, AT.plusSeconds(100)))
                .expectEvents(new TimerPaused(WORKSHOP, 200, AT.plusSeconds(100)));
    }

    @Test
    void aResumedTimerRunsForTheTimeItHadLeft() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(FIVE_MINUTES, new TimerPaused(WORKSHOP, 200, AT.plusSeconds(100)))
                .when(new ResumeTimer(WORKSHOP, AT.plusSeconds(1000)))
                .expectEvents(new TimerResumed(WORKSHOP, AT.plusSeconds(1200), AT.plusSeconds(1000)));
    }

    @Test
    void onlyAPausedTimerResumes() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(FIVE_MINUTES)
                .when(new ResumeTimer(WORKSHOP, AT))
                .expectException(NoPausedTimer.class);
    }

    @Test
    void anExtendedTimerEndsLater() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(FIVE_MINUTES)
                .when(new ExtendTimer(WORKSHOP, 60, AT.plusSeconds(100)))
                .expectEvents(new TimerExtended(WORKSHOP, 60, AT.plusSeconds(360), 260, AT.plusSeconds(100)));
    }

    @Test
    void thereIsNothingToPauseOrExtendWithoutATimer() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new ExtendTimer(WORKSHOP, 60, AT))
                .expectException(NoRunningTimer.class);
    }

    @Test
    void aNewStepEndsTheTimerOfThePreviousOne() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(FIVE_MINUTES, stepAdvanced(Phase.CRITIQUE, Step.COLLECT))
                .when(new PauseTimer(WORKSHOP, AT))
                .expectException(NoRunningTimer.class);
    }

    @Test
    void stoppingATimerThatIsNotThereRecordsNothing() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new StopTimer(WORKSHOP, AT))
                .expectNoEvents();
    }

    @Test
    void theFacilitatorStopsTheTimer() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(FIVE_MINUTES)
                .when(new StopTimer(WORKSHOP, AT))
                .expectEvents(new TimerStopped(WORKSHOP, AT));
    }

    @Test
    void aParticipantSaysTheyAreDoneWithTheStep() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new MarkReady(WORKSHOP, ALICE, AT))
                .expectEvents(new ParticipantReady(WORKSHOP, ALICE, Phase.CRITIQUE, Step.COLLECT, AT));
    }

    @Test
    void sayingDoneTwiceInOneStepRecordsItOnce() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(new ParticipantReady(WORKSHOP, ALICE, Phase.CRITIQUE, Step.COLLECT, AT))
                .when(new MarkReady(WORKSHOP, ALICE, AT))
                .expectNoEvents();
    }

    @Test
    void aNewStepAsksEveryoneAgain() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(new ParticipantReady(WORKSHOP, ALICE, Phase.CRITIQUE, Step.COLLECT, AT),
                        stepAdvanced(Phase.CRITIQUE, Step.COLLECT))
                .when(new MarkReady(WORKSHOP, ALICE, AT))
                .expectEvents(new ParticipantReady(WORKSHOP, ALICE, Phase.CRITIQUE, Step.CLUSTER, AT));
    }

    @Test
    void onlyParticipantsSayTheyAreDone() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new MarkReady(WORKSHOP, STRANGER, AT))
                .expectException(NotAParticipant.class);
    }

    @Test
    void votesOfAPhaseGoneBackToStayAsTheyWere() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(posted(IDEA, ALICE, KALEIDO, Phase.CRITIQUE),
                        stepAdvanced(Phase.CRITIQUE, Step.COLLECT), stepAdvanced(Phase.CRITIQUE, Step.CLUSTER))
                .andGiven(fiveDotsOfBob())
                .andGiven(phaseAdvanced(Phase.CRITIQUE),
                        new PhaseReverted(WORKSHOP, Phase.UTOPIA, Phase.CRITIQUE, Step.DISCUSS, AT),
                        new StepReverted(WORKSHOP, Phase.CRITIQUE, Step.DISCUSS, Step.VOTE, AT))
                .when(new CastVote(WORKSHOP, BOB, IDEA, AT))
                .expectException(BudgetUsedUp.class);
    }

    private static List<Object> fiveDotsOfBob() {
        List<Object> dots = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            dots.add(new VoteCast(WORKSHOP, BOB, IDEA, Phase.CRITIQUE, AT));
        }
        return dots;
    }
}
