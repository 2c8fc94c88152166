package org.atelier.command.workshop;

import static org.atelier.command.rejection.RejectionMatchers.invalidInputOn;
import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.ENTRAIDE;
import static org.atelier.command.workshop.WorkshopStory.IDEA;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.OTHER_IDEA;
import static org.atelier.command.workshop.WorkshopStory.STRANGER;
import static org.atelier.command.workshop.WorkshopStory.TEXT;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;
import static org.atelier.command.workshop.WorkshopStory.alicePostedIdea;
import static org.atelier.command.workshop.WorkshopStory.joined;
import static org.atelier.command.workshop.WorkshopStory.phaseAdvanced;
import static org.atelier.command.workshop.WorkshopStory.posted;
import static org.atelier.command.workshop.WorkshopStory.scheduled;
import static org.atelier.command.workshop.WorkshopStory.stepAdvanced;

import java.util.List;

import org.atelier.command.workshop.WorkshopRejections.IdeaIdTaken;
import org.atelier.command.workshop.WorkshopRejections.NotAParticipant;
import org.atelier.command.workshop.WorkshopRejections.PhaseNotOpen;
import org.atelier.command.workshop.WorkshopRejections.UnknownInspiration;
import org.atelier.shared.idea.IdeaEdited;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.IdeaPosted;
import org.atelier.shared.idea.PostIdea;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.Step;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdeaPostingTest {

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
    }

    @Test
    void participantPostsIdeaForTheirOrganisation() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new PostIdea(WORKSHOP, IDEA, BOB, TEXT, null, AT))
                .expectEvents(new IdeaPosted(WORKSHOP, IDEA, BOB, ENTRAIDE, Phase.CRITIQUE, TEXT, List.of(), AT))
                .expectResultMessagePayload(5L);
    }

    @Test
    void ideaTextIsTrimmed() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new PostIdea(WORKSHOP, IDEA, ALICE, "\n  " + TEXT + "  \t", List.of(), AT))
                .expectEvents(new IdeaPosted(WORKSHOP, IDEA, ALICE, KALEIDO, Phase.CRITIQUE, TEXT, List.of(), AT));
    }

    @Test
    void ideaBelongsToThePhaseTheRoomIsIn() {
        fixture.given(aliceAndBobIn(Phase.REALIZATION))
                .when(new PostIdea(WORKSHOP, IDEA, ALICE, "Open the kitchen on Sundays", List.of(), AT))
                .expectEvents(new IdeaPosted(WORKSHOP, IDEA, ALICE, KALEIDO, Phase.REALIZATION,
                        "Open the kitchen on Sundays", List.of(), AT));
    }

    @Test
    void ideasCanBePostedAtAnyStepOfAnOpenPhase() {
        fixture.given(aliceAndBobIn(Phase.UTOPIA))
                .andGiven(stepAdvanced(Phase.UTOPIA, Step.COLLECT), stepAdvanced(Phase.UTOPIA, Step.CLUSTER),
                        stepAdvanced(Phase.UTOPIA, Step.VOTE))
                .when(new PostIdea(WORKSHOP, IDEA, ALICE, TEXT, List.of(), AT))
                .expectEvents(new IdeaPosted(WORKSHOP, IDEA, ALICE, KALEIDO, Phase.UTOPIA, TEXT, List.of(), AT));
    }

    @Test
    void cannotPostIdeaDuringPreparation() {
        fixture.given(scheduled(), joined(ALICE, KALEIDO))
                .when(new PostIdea(WORKSHOP, IDEA, ALICE, TEXT, List.of(), AT))
                .expectException(PhaseNotOpen.class)
                .expectNoEvents();
    }

    @Test
    void cannotPostIdeaWhenWorkshopIsClosed() {
        fixture.given(aliceAndBobIn(Phase.CLOSED))
                .when(new PostIdea(WORKSHOP, IDEA, ALICE, TEXT, List.of(), AT))
                .expectException(PhaseNotOpen.class)
                .expectNoEvents();
    }

    @Test
    void onlyParticipantsCanPostIdeas() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new PostIdea(WORKSHOP, IDEA, STRANGER, TEXT, List.of(), AT))
                .expectException(NotAParticipant.class)
                .expectNoEvents();
    }

    @Test
    void cannotPostBlankIdea() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new PostIdea(WORKSHOP, IDEA, ALICE, " \n ", List.of(), AT))
                .expectException(invalidInputOn("text"))
                .expectNoEvents();
    }

    @Test
    void cannotPostIdeaLongerThan2000Characters() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new PostIdea(WORKSHOP, IDEA, ALICE, "a".repeat(2_001), List.of(), AT))
                .expectException(invalidInputOn("text"))
                .expectNoEvents();
    }

    @Test
    void ideaLengthCountsCharactersNotUtf16Units() {
        String twoThousandEmojis = "🌱".repeat(2_000);

        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new PostIdea(WORKSHOP, IDEA, ALICE, twoThousandEmojis, List.of(), AT))
                .expectEvents(new IdeaPosted(WORKSHOP, IDEA, ALICE, KALEIDO, Phase.CRITIQUE, twoThousandEmojis,
                        List.of(), AT));
    }

    @Test
    void ideaCanBeInspiredByAnIdeaOfTheWorkshop() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new PostIdea(WORKSHOP, OTHER_IDEA, BOB, "Shorter meetings", List.of(IDEA), AT))
                .expectEvents(new IdeaPosted(WORKSHOP, OTHER_IDEA, BOB, ENTRAIDE, Phase.CRITIQUE, "Shorter meetings",
                        List.of(IDEA), AT));
    }

    @Test
    void ideaCanBeInspiredByAnIdeaOfAnEarlierPhase() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), phaseAdvanced(Phase.CRITIQUE))
                .when(new PostIdea(WORKSHOP, OTHER_IDEA, BOB, "Meetings that decide", List.of(IDEA), AT))
                .expectEvents(new IdeaPosted(WORKSHOP, OTHER_IDEA, BOB, ENTRAIDE, Phase.UTOPIA,
                        "Meetings that decide", List.of(IDEA), AT));
    }

    @Test
    void cannotBeInspiredByIdeaThatIsNotInTheWorkshop() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new PostIdea(WORKSHOP, OTHER_IDEA, BOB, "Shorter meetings",
                        List.of(IDEA, new IdeaId("idea-elsewhere")), AT))
                .expectException(UnknownInspiration.class)
                .expectNoEvents();
    }

    @Test
    void retriedPostRecordsNothingAndReturnsTheOriginalPosition() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), stepAdvanced(Phase.CRITIQUE, Step.COLLECT))
                .when(new PostIdea(WORKSHOP, IDEA, ALICE, TEXT, List.of(), AT))
                .expectNoEvents()
                .expectResultMessagePayload(5L);
    }

    @Test
    void retriedPostIsRecognisedAfterTheIdeaWasEdited() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(),
                        new IdeaEdited(WORKSHOP, IDEA, "Fewer meetings", AT))
                .when(new PostIdea(WORKSHOP, IDEA, ALICE, TEXT, null, AT))
                .expectNoEvents()
                .expectResultMessagePayload(5L);
    }

    @Test
    void retriedPostIsRecognisedAfterThePhaseMovedOn() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), phaseAdvanced(Phase.CRITIQUE))
                .when(new PostIdea(WORKSHOP, IDEA, ALICE, TEXT, List.of(), AT))
                .expectNoEvents()
                .expectResultMessagePayload(5L);
    }

    @Test
    void cannotReuseIdeaIdWithOtherText() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new PostIdea(WORKSHOP, IDEA, ALICE, "Something else entirely", List.of(), AT))
                .expectException(IdeaIdTaken.class)
                .expectNoEvents();
    }

    @Test
    void cannotReuseIdeaIdWithOtherInspirations() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea(), posted(OTHER_IDEA, BOB, ENTRAIDE, Phase.CRITIQUE))
                .when(new PostIdea(WORKSHOP, IDEA, ALICE, TEXT, List.of(OTHER_IDEA), AT))
                .expectException(IdeaIdTaken.class)
                .expectNoEvents();
    }

    @Test
    void cannotReuseAnotherParticipantsIdeaId() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new PostIdea(WORKSHOP, IDEA, BOB, TEXT, List.of(), AT))
                .expectException(IdeaIdTaken.class)
                .expectNoEvents();
    }
}
