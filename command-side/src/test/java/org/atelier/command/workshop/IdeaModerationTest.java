package org.atelier.command.workshop;

import static org.atelier.command.rejection.RejectionMatchers.invalidInputOn;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.IDEA;
import static org.atelier.command.workshop.WorkshopStory.OTHER_IDEA;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;
import static org.atelier.command.workshop.WorkshopStory.alicePostedIdea;

import org.atelier.command.workshop.WorkshopRejections.UnknownIdea;
import org.atelier.shared.idea.HideIdea;
import org.atelier.shared.idea.IdeaHidden;
import org.atelier.shared.idea.IdeaWithdrawn;
import org.atelier.shared.workshop.Phase;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdeaModerationTest {

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
    }

    @Test
    void facilitatorHidesIdeaWithTrimmedReason() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new HideIdea(WORKSHOP, IDEA, "  Names a person \n", AT))
                .expectEvents(new IdeaHidden(WORKSHOP, IDEA, "Names a person", AT))
                .expectResultMessagePayload(6L);
    }

    @Test
    void facilitatorCanHideIdeaWithoutReason() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new HideIdea(WORKSHOP, IDEA, null, AT))
                .expectEvents(new IdeaHidden(WORKSHOP, IDEA, "", AT));
    }

    @Test
    void hideReasonMayHave500Characters() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new HideIdea(WORKSHOP, IDEA, "r".repeat(500), AT))
                .expectEvents(new IdeaHidden(WORKSHOP, IDEA, "r".repeat(500), AT));
    }

    @Test
    void cannotHideWithReasonLongerThan500Characters() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new HideIdea(WORKSHOP, IDEA, "r".repeat(501), AT))
                .expectException(invalidInputOn("reason"))
                .expectNoEvents();
    }

    @Test
    void hidingTwiceRecordsNothingMore() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .andGiven(new IdeaHidden(WORKSHOP, IDEA, "Off topic", AT))
                .when(new HideIdea(WORKSHOP, IDEA, "Off topic", AT))
                .expectNoEvents()
                .expectResultMessagePayload(6L);
    }

    @Test
    void hidingAWithdrawnIdeaRecordsNothing() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .andGiven(new IdeaWithdrawn(WORKSHOP, IDEA, AT))
                .when(new HideIdea(WORKSHOP, IDEA, "Off topic", AT))
                .expectNoEvents();
    }

    @Test
    void cannotHideUnknownIdea() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(alicePostedIdea())
                .when(new HideIdea(WORKSHOP, OTHER_IDEA, "Off topic", AT))
                .expectException(UnknownIdea.class)
                .expectNoEvents();
    }
}
