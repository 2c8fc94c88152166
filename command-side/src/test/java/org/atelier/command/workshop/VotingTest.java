package org.atelier.command.workshop;

import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.IDEA;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.OTHER_IDEA;
import static org.atelier.command.workshop.WorkshopStory.STRANGER;
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
import org.atelier.command.workshop.WorkshopRejections.IdeaOfAnotherPhase;
import org.atelier.command.workshop.WorkshopRejections.NotAParticipant;
import org.atelier.command.workshop.WorkshopRejections.NotVoting;
import org.atelier.command.workshop.WorkshopRejections.UnknownIdea;
import org.atelier.shared.vote.CastVote;
import org.atelier.shared.vote.RetractVote;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.vote.VoteRetracted;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.Step;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VotingTest {

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
    }

    /** Alice's idea posted in CRITIQUE, and the room at the VOTE step (budget 5). */
    private static List<Object> votingOnAlicesIdea() {
        List<Object> events = new ArrayList<>(aliceAndBobIn(Phase.CRITIQUE));
        events.add(alicePostedIdea());
        events.add(stepAdvanced(Phase.CRITIQUE, Step.COLLECT));
        events.add(stepAdvanced(Phase.CRITIQUE, Step.CLUSTER));
        return events;
    }

    private static List<Object> votes(int count) {
        List<Object> cast = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cast.add(new VoteCast(WORKSHOP, BOB, IDEA, Phase.CRITIQUE, AT));
        }
        return cast;
    }

    @Test
    void aParticipantPutsADotOnAnIdea() {
        fixture.given(votingOnAlicesIdea())
                .when(new CastVote(WORKSHOP, BOB, IDEA, AT))
                .expectEvents(new VoteCast(WORKSHOP, BOB, IDEA, Phase.CRITIQUE, AT));
    }

    @Test
    void votesAreCastOnlyDuringTheVoteStep() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new CastVote(WORKSHOP, BOB, IDEA, AT))
                .expectException(NotVoting.class)
                .expectNoEvents();
    }

    @Test
    void theFifthDotIsTheLastOfTheBudget() {
        fixture.given(votingOnAlicesIdea())
                .andGiven(votes(4))
                .when(new CastVote(WORKSHOP, BOB, IDEA, AT))
                .expectEvents(new VoteCast(WORKSHOP, BOB, IDEA, Phase.CRITIQUE, AT));
    }

    @Test
    void aDotPastTheBudgetIsRefused() {
        fixture.given(votingOnAlicesIdea())
                .andGiven(votes(5))
                .when(new CastVote(WORKSHOP, BOB, IDEA, AT))
                .expectException(BudgetUsedUp.class)
                .expectNoEvents();
    }

    @Test
    void eachParticipantHasTheirOwnBudget() {
        fixture.given(votingOnAlicesIdea())
                .andGiven(votes(5))
                .when(new CastVote(WORKSHOP, ALICE, IDEA, AT))
                .expectEvents(new VoteCast(WORKSHOP, ALICE, IDEA, Phase.CRITIQUE, AT));
    }

    @Test
    void aRetractedDotCanBePutElsewhere() {
        List<Object> history = new ArrayList<>(votingOnAlicesIdea());
        history.add(posted(OTHER_IDEA, ALICE, KALEIDO, Phase.CRITIQUE));
        history.addAll(votes(5));
        history.add(new VoteRetracted(WORKSHOP, BOB, IDEA, Phase.CRITIQUE, AT));
        fixture.given(history)
                .when(new CastVote(WORKSHOP, BOB, OTHER_IDEA, AT))
                .expectEvents(new VoteCast(WORKSHOP, BOB, OTHER_IDEA, Phase.CRITIQUE, AT));
    }

    @Test
    void aNewPhaseGivesAFreshBudget() {
        List<Object> history = new ArrayList<>(votingOnAlicesIdea());
        history.addAll(votes(5));
        history.add(phaseAdvanced(Phase.CRITIQUE));
        history.add(posted(OTHER_IDEA, ALICE, KALEIDO, Phase.UTOPIA));
        history.add(stepAdvanced(Phase.UTOPIA, Step.COLLECT));
        history.add(stepAdvanced(Phase.UTOPIA, Step.CLUSTER));
        fixture.given(history)
                .when(new CastVote(WORKSHOP, BOB, OTHER_IDEA, AT))
                .expectEvents(new VoteCast(WORKSHOP, BOB, OTHER_IDEA, Phase.UTOPIA, AT));
    }

    @Test
    void onlyIdeasOfThePhaseNowOpenReceiveVotes() {
        List<Object> history = new ArrayList<>(votingOnAlicesIdea());
        history.add(phaseAdvanced(Phase.CRITIQUE));
        history.add(stepAdvanced(Phase.UTOPIA, Step.COLLECT));
        history.add(stepAdvanced(Phase.UTOPIA, Step.CLUSTER));
        fixture.given(history)
                .when(new CastVote(WORKSHOP, BOB, IDEA, AT))
                .expectException(IdeaOfAnotherPhase.class);
    }

    @Test
    void anUnknownIdeaReceivesNoVote() {
        fixture.given(votingOnAlicesIdea())
                .when(new CastVote(WORKSHOP, BOB, OTHER_IDEA, AT))
                .expectException(UnknownIdea.class);
    }

    @Test
    void onlyParticipantsVote() {
        fixture.given(votingOnAlicesIdea())
                .when(new CastVote(WORKSHOP, STRANGER, IDEA, AT))
                .expectException(NotAParticipant.class);
    }

    @Test
    void retractingADotGivesItBack() {
        fixture.given(votingOnAlicesIdea())
                .andGiven(votes(1))
                .when(new RetractVote(WORKSHOP, BOB, IDEA, AT))
                .expectEvents(new VoteRetracted(WORKSHOP, BOB, IDEA, Phase.CRITIQUE, AT));
    }

    @Test
    void retractingWhereThereIsNoDotRecordsNothing() {
        fixture.given(votingOnAlicesIdea())
                .when(new RetractVote(WORKSHOP, BOB, IDEA, AT))
                .expectNoEvents();
    }

    @Test
    void dotsAreRetractedOnlyDuringTheVoteStep() {
        List<Object> history = new ArrayList<>(votingOnAlicesIdea());
        history.addAll(votes(1));
        history.add(stepAdvanced(Phase.CRITIQUE, Step.VOTE));
        fixture.given(history)
                .when(new RetractVote(WORKSHOP, BOB, IDEA, AT))
                .expectException(NotVoting.class);
    }

    @Test
    void noMoreThanTheCapOfDotsGoToOneIdea() {
        List<Object> history = new ArrayList<>(List.of(
                new WorkshopScheduled(WORKSHOP, "Kitchen", "Food", null, List.of(), 5, 2, WorkshopStory.JOIN_CODE, AT)));
        history.addAll(aliceAndBobIn(Phase.CRITIQUE).subList(1, 4));
        history.add(alicePostedIdea());
        history.add(stepAdvanced(Phase.CRITIQUE, Step.COLLECT));
        history.add(stepAdvanced(Phase.CRITIQUE, Step.CLUSTER));
        history.addAll(votes(2));
        fixture.given(history)
                .when(new CastVote(WORKSHOP, BOB, IDEA, AT))
                .expectException(IdeaCapReached.class)
                .expectNoEvents();
    }

    @Test
    void withoutACapAllDotsMayGoToOneIdea() {
        fixture.given(votingOnAlicesIdea())
                .andGiven(votes(4))
                .when(new CastVote(WORKSHOP, BOB, IDEA, AT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new VoteCast(WORKSHOP, BOB, IDEA, Phase.CRITIQUE, AT));
    }
}
