package org.atelier.command.workshop;

import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.command.workshop.WorkshopRejections.NothingToReveal;
import org.atelier.command.workshop.WorkshopRejections.PhaseOver;
import org.atelier.shared.workshop.ConfigurePhase;
import org.atelier.shared.workshop.IdeasRevealed;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.PhaseConfigured;
import org.atelier.shared.workshop.RevealIdeas;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrivateWritingTest {

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
    }

    @Test
    void theFacilitatorChoosesPrivateWritingAndAnonymityForAPhaseToCome() {
        fixture.given(aliceAndBobIn(Phase.PREPARATION))
                .when(new ConfigurePhase(WORKSHOP, Phase.UTOPIA, true, true, false, AT))
                .expectEvents(new PhaseConfigured(WORKSHOP, Phase.UTOPIA, true, true, false, AT));
    }

    @Test
    void theFacilitatorHidesTalliesUntilTheVoteStepEnds() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new ConfigurePhase(WORKSHOP, Phase.CRITIQUE, false, false, true, AT))
                .expectEvents(new PhaseConfigured(WORKSHOP, Phase.CRITIQUE, false, false, true, AT));
    }

    @Test
    void theSameChoiceAgainRecordsNothing() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(new PhaseConfigured(WORKSHOP, Phase.CRITIQUE, true, false, false, AT))
                .when(new ConfigurePhase(WORKSHOP, Phase.CRITIQUE, true, false, false, AT))
                .expectNoEvents();
    }

    @Test
    void aPhaseThatIsOverKeepsItsSettings() {
        fixture.given(aliceAndBobIn(Phase.UTOPIA))
                .when(new ConfigurePhase(WORKSHOP, Phase.CRITIQUE, true, false, false, AT))
                .expectException(PhaseOver.class);
    }

    @Test
    void onlyOpenPhasesHaveSettings() {
        fixture.given(aliceAndBobIn(Phase.PREPARATION))
                .when(new ConfigurePhase(WORKSHOP, Phase.CLOSED, true, false, false, AT))
                .expectException(InvalidInput.class);
    }

    @Test
    void theFacilitatorRevealsPrivateIdeasOfThePhaseNowOpen() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(new PhaseConfigured(WORKSHOP, Phase.CRITIQUE, true, false, false, AT))
                .when(new RevealIdeas(WORKSHOP, AT))
                .expectEvents(new IdeasRevealed(WORKSHOP, Phase.CRITIQUE, AT));
    }

    @Test
    void ideasAreRevealedOnce() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .andGiven(new PhaseConfigured(WORKSHOP, Phase.CRITIQUE, true, false, false, AT),
                        new IdeasRevealed(WORKSHOP, Phase.CRITIQUE, AT))
                .when(new RevealIdeas(WORKSHOP, AT))
                .expectException(NothingToReveal.class);
    }

    @Test
    void withoutPrivateWritingThereIsNothingToReveal() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new RevealIdeas(WORKSHOP, AT))
                .expectException(NothingToReveal.class);
    }
}
