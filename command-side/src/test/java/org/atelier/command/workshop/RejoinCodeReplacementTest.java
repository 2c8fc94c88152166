package org.atelier.command.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;

import java.util.ArrayList;
import java.util.List;

import org.atelier.command.workshop.WorkshopRejections.UnknownParticipant;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.ParticipantRemoved;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.RejoinCodeReplaced;
import org.atelier.shared.workshop.ReplaceRejoinCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RejoinCodeReplacementTest {

    private FixtureConfiguration<Workshop> fixture;
    private InMemoryRejoinCodes rejoinCodes;

    @BeforeEach
    void setUp() {
        rejoinCodes = new InMemoryRejoinCodes();
        rejoinCodes.assign("lost-code-of-alice", new RejoinCodes.Holder(WORKSHOP, ALICE, KALEIDO));
        fixture = new AggregateTestFixture<>(Workshop.class);
        fixture.registerInjectableResource(rejoinCodes);
    }

    @Test
    void theFacilitatorGivesANewCodeAndTheHistorySaysSoWithoutTheCode() {
        fixture.given(aliceAndBobIn(Phase.UTOPIA))
                .when(new ReplaceRejoinCode(WORKSHOP, ALICE, "new-code-of-alice", "facilitator", AT))
                .expectEvents(new RejoinCodeReplaced(WORKSHOP, ALICE, "facilitator", AT))
                .expectResultMessagePayload(6L);

        assertThat(rejoinCodes.holderOf("new-code-of-alice")).contains(new RejoinCodes.Holder(WORKSHOP, ALICE, KALEIDO));
    }

    @Test
    void thePreviousCodeStopsWorking() {
        fixture.given(aliceAndBobIn(Phase.UTOPIA))
                .when(new ReplaceRejoinCode(WORKSHOP, ALICE, "new-code-of-alice", "facilitator", AT))
                .expectSuccessfulHandlerExecution();

        assertThat(rejoinCodes.holderOf("lost-code-of-alice")).isEmpty();
    }

    @Test
    void cannotGiveACodeToSomeoneWhoNeverJoined() {
        fixture.given(aliceAndBobIn(Phase.UTOPIA))
                .when(new ReplaceRejoinCode(WORKSHOP, new ParticipantId("mallory"), "code-of-mallory", "facilitator", AT))
                .expectException(UnknownParticipant.class)
                .expectNoEvents();
    }

    @Test
    void cannotGiveACodeToSomeoneRemoved() {
        List<Object> history = new ArrayList<>(aliceAndBobIn(Phase.UTOPIA));
        history.add(new ParticipantRemoved(WORKSHOP, ALICE, KALEIDO, "facilitator", "", AT));
        fixture.given(history)
                .when(new ReplaceRejoinCode(WORKSHOP, ALICE, "new-code-of-alice", "facilitator", AT))
                .expectException(UnknownParticipant.class)
                .expectNoEvents();

        assertThat(rejoinCodes.holderOf("new-code-of-alice")).isEmpty();
    }
}
