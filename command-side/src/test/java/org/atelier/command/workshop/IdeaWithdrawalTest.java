package org.atelier.command.workshop;

import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.IDEA;
import static org.atelier.command.workshop.WorkshopStory.OTHER_IDEA;
import static org.atelier.command.workshop.WorkshopStory.STRANGER;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;
import static org.atelier.command.workshop.WorkshopStory.alicePostedIdea;
import static org.atelier.command.workshop.WorkshopStory.phaseAdvanced;

import org.atelier.command.workshop.WorkshopRejections.NotAParticipant;
import org.atelier.command.workshop.WorkshopRejections.NotTheAuthor;
import org.atelier.command.workshop.WorkshopRejections.PhaseOver;
import org.atelier.command.workshop.WorkshopRejections.UnknownIdea;
import org.atelier.command.workshop.WorkshopRejections.WorkshopIsClosed;
import org.atelier.shared.idea.IdeaHidden;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.idea.WithdrawIdea;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.WorkshopClosed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdeaWithdrawalTest {

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
    }

    @Test
    void authorWithdrawsTheirIdea() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new WithdrawIdea(WORKSHOP, IDEA, ALICE, AT))
                .expectEvents(new IdeaWithdrawn(WORKSHOP, IDEA, AT))
                .expectResultMessagePayload(6L);
    }

    @Test
    void withdrawingTwiceRecordsNothingMore() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), new IdeaWithdrawn(WORKSHOP, IDEA, AT))
                .when(new WithdrawIdea(WORKSHOP, IDEA, ALICE, AT))
                .expectNoEvents()
                .expectResultMessagePayload(6L);
    }

    @Test
    void withdrawingAHiddenIdeaRecordsNothing() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), new IdeaHidden(WORKSHOP, IDEA, "Off topic", AT))
                .when(new WithdrawIdea(WORKSHOP, IDEA, ALICE, AT))
                .expectNoEvents();
    }

    @Test
    void onlyTheAuthorCanWithdrawAnIdea() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new WithdrawIdea(WORKSHOP, IDEA, BOB, AT))
                .expectException(NotTheAuthor.class)
                .expectNoEvents();
    }

    @Test
    void onlyParticipantsCanWithdrawIdeas() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new WithdrawIdea(WORKSHOP, IDEA, STRANGER, AT))
                .expectException(NotAParticipant.class)
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawUnknownIdea() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new WithdrawIdea(WORKSHOP, OTHER_IDEA, ALICE, AT))
                .expectException(UnknownIdea.class)
                .expectNoEvents();
    }

    @Test
    void anIdeaOfAPhaseThatIsOverCannotBeWithdrawnByItsAuthor() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), phaseAdvanced(Phase.CRITIQUE))
                .when(new WithdrawIdea(WORKSHOP, IDEA, ALICE, AT))
                .expectException(PhaseOver.class)
                .expectNoEvents();
    }

    @Test
    void anIdeaWithdrawnDuringItsPhaseIsAnsweredAgainOnceItIsOver() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), new IdeaWithdrawn(WORKSHOP, IDEA, AT), phaseAdvanced(Phase.CRITIQUE))
                .when(new WithdrawIdea(WORKSHOP, IDEA, ALICE, AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawIdeaOnceTheWorkshopIsClosed() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), phaseAdvanced(Phase.CRITIQUE), phaseAdvanced(Phase.UTOPIA),
                        phaseAdvanced(Phase.REALIZATION), new WorkshopClosed(WORKSHOP, AT))
                .when(new WithdrawIdea(WORKSHOP, IDEA, ALICE, AT))
                .expectException(WorkshopIsClosed.class)
                .expectNoEvents();
    }
}
