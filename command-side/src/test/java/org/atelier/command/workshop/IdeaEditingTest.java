package org.atelier.command.workshop;

import static org.atelier.command.rejection.RejectionMatchers.invalidInputOn;
import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.IDEA;
import static org.atelier.command.workshop.WorkshopStory.OTHER_IDEA;
import static org.atelier.command.workshop.WorkshopStory.STRANGER;
import static org.atelier.command.workshop.WorkshopStory.TEXT;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;
import static org.atelier.command.workshop.WorkshopStory.alicePostedIdea;
import static org.atelier.command.workshop.WorkshopStory.phaseAdvanced;
import static org.atelier.command.workshop.WorkshopStory.stepAdvanced;

import java.util.List;

import org.atelier.command.workshop.WorkshopRejections.IdeaHasVotes;
import org.atelier.command.workshop.WorkshopRejections.IdeaOffBoard;
import org.atelier.command.workshop.WorkshopRejections.NotAParticipant;
import org.atelier.command.workshop.WorkshopRejections.NotTheAuthor;
import org.atelier.command.workshop.WorkshopRejections.PhaseOver;
import org.atelier.command.workshop.WorkshopRejections.UnknownIdea;
import org.atelier.command.workshop.WorkshopRejections.WorkshopIsClosed;
import org.atelier.shared.idea.EditIdea;
import org.atelier.shared.idea.IdeaEdited;
import org.atelier.shared.idea.IdeaHidden;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.vote.Allocation;
import org.atelier.shared.vote.PointsAllocated;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.vote.VoteRetracted;
import org.atelier.shared.vote.VotingMode;
import org.atelier.shared.vote.VotingModeChosen;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.WorkshopClosed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdeaEditingTest {

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
    }

    @Test
    void authorEditsTheirIdea() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new EditIdea(WORKSHOP, IDEA, ALICE, "Fewer meetings, more decisions", AT))
                .expectEvents(new IdeaEdited(WORKSHOP, IDEA, "Fewer meetings, more decisions", AT))
                .expectResultMessagePayload(6L);
    }

    @Test
    void editedTextIsTrimmed() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new EditIdea(WORKSHOP, IDEA, ALICE, "  Fewer meetings \n", AT))
                .expectEvents(new IdeaEdited(WORKSHOP, IDEA, "Fewer meetings", AT));
    }

    @Test
    void anIdeaOfAPhaseThatIsOverStaysAsItWasVoted() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), phaseAdvanced(Phase.CRITIQUE))
                .when(new EditIdea(WORKSHOP, IDEA, ALICE, "Fewer meetings", AT))
                .expectException(PhaseOver.class)
                .expectNoEvents();
    }

    @Test
    void resendingTheTextAnIdeaAlreadyHasIsAnsweredEvenOnceItsPhaseIsOver() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), phaseAdvanced(Phase.CRITIQUE))
                .when(new EditIdea(WORKSHOP, IDEA, ALICE, TEXT, AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void duringTheVoteAnIdeaWithDotsCannotBeEdited() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), stepAdvanced(Phase.CRITIQUE, Step.COLLECT),
                        stepAdvanced(Phase.CRITIQUE, Step.CLUSTER), new VoteCast(WORKSHOP, BOB, IDEA, Phase.CRITIQUE, AT))
                .when(new EditIdea(WORKSHOP, IDEA, ALICE, "Fewer meetings", AT))
                .expectException(IdeaHasVotes.class)
                .expectNoEvents();
    }

    @Test
    void duringAPointsVoteAnIdeaWithPointsCannotBeEdited() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(new VotingModeChosen(WORKSHOP, Phase.CRITIQUE, VotingMode.POINTS, List.of(), AT),
                        alicePostedIdea(), stepAdvanced(Phase.CRITIQUE, Step.COLLECT),
                        stepAdvanced(Phase.CRITIQUE, Step.CLUSTER),
                        new PointsAllocated(WORKSHOP, BOB, Phase.CRITIQUE, List.of(new Allocation(IDEA, null, null, 40)), AT))
                .when(new EditIdea(WORKSHOP, IDEA, ALICE, "Fewer meetings", AT))
                .expectException(IdeaHasVotes.class)
                .expectNoEvents();
    }

    @Test
    void duringTheVoteAnIdeaWithoutDotsCanStillBeEdited() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), stepAdvanced(Phase.CRITIQUE, Step.COLLECT),
                        stepAdvanced(Phase.CRITIQUE, Step.CLUSTER), new VoteCast(WORKSHOP, BOB, IDEA, Phase.CRITIQUE, AT),
                        new VoteRetracted(WORKSHOP, BOB, IDEA, Phase.CRITIQUE, AT))
                .when(new EditIdea(WORKSHOP, IDEA, ALICE, "Fewer meetings", AT))
                .expectEvents(new IdeaEdited(WORKSHOP, IDEA, "Fewer meetings", AT));
    }

    @Test
    void onceTheVoteIsOverAnIdeaWithDotsCanBeEditedUntilItsPhaseEnds() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), stepAdvanced(Phase.CRITIQUE, Step.COLLECT),
                        stepAdvanced(Phase.CRITIQUE, Step.CLUSTER), new VoteCast(WORKSHOP, BOB, IDEA, Phase.CRITIQUE, AT),
                        stepAdvanced(Phase.CRITIQUE, Step.VOTE))
                .when(new EditIdea(WORKSHOP, IDEA, ALICE, "Fewer meetings", AT))
                .expectEvents(new IdeaEdited(WORKSHOP, IDEA, "Fewer meetings", AT));
    }

    @Test
    void editingWithTheSameTextRecordsNothing() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new EditIdea(WORKSHOP, IDEA, ALICE, " " + TEXT + " ", AT))
                .expectNoEvents()
                .expectResultMessagePayload(5L);
    }

    @Test
    void onlyTheAuthorCanEditAnIdea() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new EditIdea(WORKSHOP, IDEA, BOB, "Fewer meetings", AT))
                .expectException(NotTheAuthor.class)
                .expectNoEvents();
    }

    @Test
    void onlyParticipantsCanEditIdeas() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new EditIdea(WORKSHOP, IDEA, STRANGER, "Fewer meetings", AT))
                .expectException(NotAParticipant.class)
                .expectNoEvents();
    }

    @Test
    void cannotEditUnknownIdea() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new EditIdea(WORKSHOP, OTHER_IDEA, ALICE, "Fewer meetings", AT))
                .expectException(UnknownIdea.class)
                .expectNoEvents();
    }

    @Test
    void cannotEditIdeaToBlankText() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new EditIdea(WORKSHOP, IDEA, ALICE, "  ", AT))
                .expectException(invalidInputOn("text"))
                .expectNoEvents();
    }

    @Test
    void cannotEditWithdrawnIdea() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), new IdeaWithdrawn(WORKSHOP, IDEA, AT))
                .when(new EditIdea(WORKSHOP, IDEA, ALICE, "Fewer meetings", AT))
                .expectException(IdeaOffBoard.class)
                .expectNoEvents();
    }

    @Test
    void cannotEditHiddenIdea() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), new IdeaHidden(WORKSHOP, IDEA, "Off topic", AT))
                .when(new EditIdea(WORKSHOP, IDEA, ALICE, "Fewer meetings", AT))
                .expectException(IdeaOffBoard.class)
                .expectNoEvents();
    }

    @Test
    void cannotEditIdeaOnceTheWorkshopIsClosed() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), phaseAdvanced(Phase.CRITIQUE), phaseAdvanced(Phase.UTOPIA),
                        phaseAdvanced(Phase.REALIZATION), new WorkshopClosed(WORKSHOP, AT))
                .when(new EditIdea(WORKSHOP, IDEA, ALICE, "Fewer meetings", AT))
                .expectException(WorkshopIsClosed.class)
                .expectNoEvents();
    }
}
