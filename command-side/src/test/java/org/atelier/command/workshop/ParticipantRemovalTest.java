package org.atelier.command.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.IDEA;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;
import static org.atelier.command.workshop.WorkshopStory.alicePostedIdea;

import java.util.ArrayList;
import java.util.List;

import org.atelier.command.workshop.WorkshopRejections.NotAParticipant;
import org.atelier.command.workshop.WorkshopRejections.UnknownParticipant;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.idea.PostIdea;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.ParticipantRemoved;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.RemoveParticipant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParticipantRemovalTest {

    private FixtureConfiguration<Workshop> fixture;
    private InMemoryRemovedParticipants removedParticipants;

    @BeforeEach
    void setUp() {
        removedParticipants = new InMemoryRemovedParticipants();
        fixture = new AggregateTestFixture<>(Workshop.class);
        fixture.registerInjectableResource(removedParticipants);
    }

    @Test
    void theFacilitatorRemovesAParticipantAndTheHistorySaysWhoWhenAndWhy() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new RemoveParticipant(WORKSHOP, ALICE, "facilitator", "  Left the programme ", AT))
                .expectEvents(new ParticipantRemoved(WORKSHOP, ALICE, KALEIDO, "facilitator", "Left the programme", AT))
                .expectResultMessagePayload(5L);

        assertThat(removedParticipants.isRemoved(ALICE)).isTrue();
    }

    @Test
    void removingSomeoneAlreadyRemovedRecordsNothing() {
        fixture.given(removed(aliceAndBobIn(Phase.CRITIQUE)))
                .when(new RemoveParticipant(WORKSHOP, ALICE, "organiser", null, AT))
                .expectNoEvents()
                .expectResultMessagePayload(5L);
    }

    @Test
    void cannotRemoveSomeoneWhoNeverJoined() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new RemoveParticipant(WORKSHOP, new ParticipantId("mallory"), "facilitator", null, AT))
                .expectException(UnknownParticipant.class)
                .expectNoEvents();
    }

    @Test
    void aRemovedParticipantCannotPostAnyMore() {
        fixture.given(removed(aliceAndBobIn(Phase.CRITIQUE)))
                .when(new PostIdea(WORKSHOP, new IdeaId("idea-after"), ALICE, "Still here?", List.of(), AT))
                .expectException(NotAParticipant.class)
                .expectNoEvents();
    }

    @Test
    void theIdeasOfARemovedParticipantStayForOthersToBuildOn() {
        List<Object> history = new ArrayList<>(aliceAndBobIn(Phase.CRITIQUE));
        history.add(alicePostedIdea());
        history.add(new ParticipantRemoved(WORKSHOP, ALICE, KALEIDO, "facilitator", "", AT));
        fixture.given(history)
                .when(new PostIdea(WORKSHOP, new IdeaId("idea-bob"), BOB, "Building on it", List.of(IDEA), AT))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(7L);
    }

    private static List<Object> removed(List<Object> history) {
        List<Object> events = new ArrayList<>(history);
        events.add(new ParticipantRemoved(WORKSHOP, ALICE, KALEIDO, "facilitator", "", AT));
        return events;
    }
}
