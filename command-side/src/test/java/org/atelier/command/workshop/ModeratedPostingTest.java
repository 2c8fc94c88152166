package org.atelier.command.workshop;

import static org.atelier.command.rejection.RejectionMatchers.invalidInputOn;
import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.IDEA;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.OTHER_IDEA;
import static org.atelier.command.workshop.WorkshopStory.TEXT;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;
import static org.atelier.command.workshop.WorkshopStory.alicePostedIdea;
import static org.atelier.command.workshop.WorkshopStory.phaseAdvanced;
import static org.atelier.command.workshop.WorkshopStory.stepAdvanced;

import java.util.List;

import org.atelier.command.workshop.ModerationRejections.AlreadyApproved;
import org.atelier.command.workshop.ModerationRejections.AlreadyRejected;
import org.atelier.command.workshop.ModerationRejections.IdeaNotWaiting;
import org.atelier.command.workshop.WorkshopRejections.IdeaOffBoard;
import org.atelier.command.workshop.WorkshopRejections.PhaseOver;
import org.atelier.command.workshop.WorkshopRejections.UnknownIdea;
import org.atelier.shared.idea.EditIdea;
import org.atelier.shared.idea.IdeaEdited;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.idea.PostIdea;
import org.atelier.shared.moderation.ApproveIdea;
import org.atelier.shared.moderation.IdeaApproved;
import org.atelier.shared.moderation.IdeaRejected;
import org.atelier.shared.moderation.IdeaSubmitted;
import org.atelier.shared.moderation.ModeratePhase;
import org.atelier.shared.moderation.PhaseModerated;
import org.atelier.shared.moderation.RejectIdea;
import org.atelier.shared.vote.CastVote;
import org.atelier.shared.vote.VoteCast;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.Step;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModeratedPostingTest {

    private static final PhaseModerated CRITIQUE_MODERATED = new PhaseModerated(WORKSHOP, Phase.CRITIQUE, true, AT);

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
    }

    private static IdeaSubmitted aliceSubmittedIdea() {
        return new IdeaSubmitted(WORKSHOP, IDEA, ALICE, KALEIDO, Phase.CRITIQUE, TEXT, List.of(), AT);
    }

    @Test
    void facilitatorModeratesAPhaseNotYetOver() {
        fixture.given(aliceAndBobIn(Phase.PREPARATION))
                .when(new ModeratePhase(WORKSHOP, Phase.UTOPIA, true, AT))
                .expectEvents(new PhaseModerated(WORKSHOP, Phase.UTOPIA, true, AT))
                .expectResultMessagePayload(4L);
    }

    @Test
    void moderatingAgainRecordsNothing() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(CRITIQUE_MODERATED)
                .when(new ModeratePhase(WORKSHOP, Phase.CRITIQUE, true, AT))
                .expectNoEvents();
    }

    @Test
    void cannotModerateAPhaseThatIsOver() {
        fixture.given(aliceAndBobIn(Phase.UTOPIA))
                .when(new ModeratePhase(WORKSHOP, Phase.CRITIQUE, true, AT))
                .expectException(PhaseOver.class)
                .expectNoEvents();
    }

    @Test
    void cannotModeratePreparation() {
        fixture.given(aliceAndBobIn(Phase.PREPARATION))
                .when(new ModeratePhase(WORKSHOP, Phase.PREPARATION, true, AT))
                .expectException(invalidInputOn("phase"))
                .expectNoEvents();
    }

    @Test
    void ideaInAModeratedPhaseWaits() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(CRITIQUE_MODERATED)
                .when(new PostIdea(WORKSHOP, IDEA, ALICE, TEXT, List.of(), AT))
                .expectEvents(aliceSubmittedIdea())
                .expectResultMessagePayload(6L);
    }

    @Test
    void aWaitingIdeaTakesNoDotItIsNotTheRoomsYet() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(CRITIQUE_MODERATED, aliceSubmittedIdea(), stepAdvanced(Phase.CRITIQUE, Step.COLLECT),
                        stepAdvanced(Phase.CRITIQUE, Step.CLUSTER))
                .when(new CastVote(WORKSHOP, BOB, IDEA, AT))
                .expectException(UnknownIdea.class)
                .expectNoEvents();
    }

    @Test
    void anApprovedIdeaTakesDots() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(CRITIQUE_MODERATED, aliceSubmittedIdea(),
                        new IdeaApproved(WORKSHOP, IDEA, ALICE, KALEIDO, Phase.CRITIQUE, TEXT, List.of(), AT),
                        stepAdvanced(Phase.CRITIQUE, Step.COLLECT), stepAdvanced(Phase.CRITIQUE, Step.CLUSTER))
                .when(new CastVote(WORKSHOP, BOB, IDEA, AT))
                .expectEvents(new VoteCast(WORKSHOP, BOB, IDEA, Phase.CRITIQUE, AT));
    }

    @Test
    void ideaOfAPhaseNoLongerModeratedIsPosted() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(CRITIQUE_MODERATED, new PhaseModerated(WORKSHOP, Phase.CRITIQUE, false, AT))
                .when(new PostIdea(WORKSHOP, IDEA, ALICE, TEXT, List.of(), AT))
                .expectEvents(alicePostedIdea());
    }

    @Test
    void retriedPostOfAWaitingIdeaRecordsNothing() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(CRITIQUE_MODERATED, aliceSubmittedIdea())
                .when(new PostIdea(WORKSHOP, IDEA, ALICE, TEXT, List.of(), AT))
                .expectNoEvents()
                .expectResultMessagePayload(6L);
    }

    @Test
    void facilitatorApprovesAWaitingIdeaWithItsLatestText() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(CRITIQUE_MODERATED, aliceSubmittedIdea(), new IdeaEdited(WORKSHOP, IDEA, "Fewer meetings", AT))
                .when(new ApproveIdea(WORKSHOP, IDEA, AT))
                .expectEvents(new IdeaApproved(WORKSHOP, IDEA, ALICE, KALEIDO, Phase.CRITIQUE, "Fewer meetings",
                        List.of(), AT))
                .expectResultMessagePayload(8L);
    }

    @Test
    void facilitatorRejectsAWaitingIdeaWithTrimmedReason() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(CRITIQUE_MODERATED, aliceSubmittedIdea())
                .when(new RejectIdea(WORKSHOP, IDEA, "  Names a person ", AT))
                .expectEvents(new IdeaRejected(WORKSHOP, IDEA, "Names a person", AT));
    }

    @Test
    void cannotRejectWithoutReason() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(CRITIQUE_MODERATED, aliceSubmittedIdea())
                .when(new RejectIdea(WORKSHOP, IDEA, " ", AT))
                .expectException(invalidInputOn("reason"))
                .expectNoEvents();
    }

    @Test
    void cannotApproveTwice() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(CRITIQUE_MODERATED, aliceSubmittedIdea(), new IdeaApproved(WORKSHOP, IDEA, ALICE, KALEIDO,
                        Phase.CRITIQUE, TEXT, List.of(), AT))
                .when(new ApproveIdea(WORKSHOP, IDEA, AT))
                .expectException(AlreadyApproved.class)
                .expectNoEvents();
    }

    @Test
    void cannotRejectAnApprovedIdea() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(CRITIQUE_MODERATED, aliceSubmittedIdea(), new IdeaApproved(WORKSHOP, IDEA, ALICE, KALEIDO,
                        Phase.CRITIQUE, TEXT, List.of(), AT))
                .when(new RejectIdea(WORKSHOP, IDEA, "Too late", AT))
                .expectException(AlreadyApproved.class)
                .expectNoEvents();
    }

    @Test
    void cannotApproveARejectedIdea() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(CRITIQUE_MODERATED, aliceSubmittedIdea(), new IdeaRejected(WORKSHOP, IDEA, "No", AT))
                .when(new ApproveIdea(WORKSHOP, IDEA, AT))
                .expectException(AlreadyRejected.class)
                .expectNoEvents();
    }

    @Test
    void cannotApproveAnIdeaOfAnUnmoderatedPhase() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new ApproveIdea(WORKSHOP, IDEA, AT))
                .expectException(IdeaNotWaiting.class)
                .expectNoEvents();
    }

    @Test
    void cannotApproveAWithdrawnIdea() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(CRITIQUE_MODERATED, aliceSubmittedIdea(), new IdeaWithdrawn(WORKSHOP, IDEA, AT))
                .when(new ApproveIdea(WORKSHOP, IDEA, AT))
                .expectException(IdeaNotWaiting.class)
                .expectNoEvents();
    }

    @Test
    void cannotApproveAnUnknownIdea() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(CRITIQUE_MODERATED, aliceSubmittedIdea())
                .when(new ApproveIdea(WORKSHOP, OTHER_IDEA, AT))
                .expectException(UnknownIdea.class)
                .expectNoEvents();
    }

    @Test
    void authorCannotEditARejectedIdea() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(CRITIQUE_MODERATED, aliceSubmittedIdea(), new IdeaRejected(WORKSHOP, IDEA, "No", AT))
                .when(new EditIdea(WORKSHOP, IDEA, ALICE, "Again", AT))
                .expectException(IdeaOffBoard.class)
                .expectNoEvents();
    }

    @Test
    void aWaitingIdeaCanStillBeApprovedInTheNextPhase() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(CRITIQUE_MODERATED, aliceSubmittedIdea(), phaseAdvanced(Phase.CRITIQUE))
                .when(new ApproveIdea(WORKSHOP, IDEA, AT))
                .expectEvents(new IdeaApproved(WORKSHOP, IDEA, ALICE, KALEIDO, Phase.CRITIQUE, TEXT, List.of(), AT));
    }
}
