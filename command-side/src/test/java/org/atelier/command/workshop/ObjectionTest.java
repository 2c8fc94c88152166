package org.atelier.command.workshop;

import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.STRANGER;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;

import org.atelier.command.rejection.InvalidInput;
import org.atelier.command.workshop.WorkshopRejections.NotAParticipant;
import org.atelier.command.workshop.WorkshopRejections.NotDreaming;
import org.atelier.shared.objection.ObjectionParked;
import org.atelier.shared.objection.ParkObjection;
import org.atelier.shared.workshop.Phase;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ObjectionTest {

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
    }

    @Test
    void inUtopiaAnObjectionIsParked() {
        fixture.given(aliceAndBobIn(Phase.UTOPIA))
                .when(new ParkObjection(WORKSHOP, "o-1", ALICE, " That will never be funded ", AT))
                .expectEvents(new ObjectionParked(WORKSHOP, "o-1", ALICE, KALEIDO, "That will never be funded", AT));
    }

    @Test
    void objectionsAreParkedOnlyInUtopia() {
        fixture.given(aliceAndBobIn(Phase.CRITIQUE))
                .when(new ParkObjection(WORKSHOP, "o-1", ALICE, "No", AT))
                .expectException(NotDreaming.class);
    }

    @Test
    void aRetriedObjectionIsParkedOnce() {
        fixture.given(aliceAndBobIn(Phase.UTOPIA))
                .andGiven(new ObjectionParked(WORKSHOP, "o-1", ALICE, KALEIDO, "No", AT))
                .when(new ParkObjection(WORKSHOP, "o-1", ALICE, "No", AT))
                .expectNoEvents();
    }

    @Test
    void anObjectionNeedsAText() {
        fixture.given(aliceAndBobIn(Phase.UTOPIA))
                .when(new ParkObjection(WORKSHOP, "o-1", ALICE, "  ", AT))
                .expectException(InvalidInput.class);
    }

    @Test
    void onlyParticipantsObject() {
        fixture.given(aliceAndBobIn(Phase.UTOPIA))
                .when(new ParkObjection(WORKSHOP, "o-1", STRANGER, "No", AT))
                .expectException(NotAParticipant.class);
    }
}
