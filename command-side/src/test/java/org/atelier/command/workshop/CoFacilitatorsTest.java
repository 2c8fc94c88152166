package org.atelier.command.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.command.rejection.RejectionMatchers.invalidInputOn;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.scheduled;

import org.atelier.command.workshop.WorkshopRejections.LastFacilitator;
import org.atelier.command.workshop.WorkshopRejections.UnknownFacilitator;
import org.atelier.shared.workshop.AddFacilitator;
import org.atelier.shared.workshop.FacilitatorAdded;
import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.FacilitatorRemoved;
import org.atelier.shared.workshop.RemoveFacilitator;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CoFacilitatorsTest {

    private static final FacilitatorId CLAIRE = new FacilitatorId("claire");

    private FixtureConfiguration<Workshop> fixture;
    private InMemoryRemovedFacilitators removedFacilitators;

    @BeforeEach
    void setUp() {
        removedFacilitators = new InMemoryRemovedFacilitators();
        fixture = new AggregateTestFixture<>(Workshop.class);
        fixture.registerInjectableResource(removedFacilitators);
    }

    @Test
    void aFacilitatorBringsInACoFacilitator() {
        fixture.given(scheduled())
                .when(new AddFacilitator(WORKSHOP, CLAIRE, "  Claire  ", "facilitator", AT))
                .expectEvents(new FacilitatorAdded(WORKSHOP, CLAIRE, "Claire", "facilitator", AT))
                .expectResultMessagePayload(2L);
    }

    @Test
    void addingTheSameCoFacilitatorAgainRecordsNothing() {
        fixture.given(scheduled(), new FacilitatorAdded(WORKSHOP, CLAIRE, "Claire", "facilitator", AT))
                .when(new AddFacilitator(WORKSHOP, CLAIRE, "Claire", "facilitator", AT))
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void aCoFacilitatorNeedsAName() {
        fixture.given(scheduled())
                .when(new AddFacilitator(WORKSHOP, CLAIRE, "  ", "facilitator", AT))
                .expectException(invalidInputOn("name"))
                .expectNoEvents();
    }

    @Test
    void aCoFacilitatorIsRemovedAndTheirTokenListed() {
        fixture.given(scheduled(), new FacilitatorAdded(WORKSHOP, CLAIRE, "Claire", "facilitator", AT))
                .when(new RemoveFacilitator(WORKSHOP, CLAIRE, "facilitator", AT))
                .expectEvents(new FacilitatorRemoved(WORKSHOP, CLAIRE, "facilitator", AT))
                .expectResultMessagePayload(3L);

        assertThat(removedFacilitators.isRemoved(WORKSHOP, CLAIRE)).isTrue();
    }

    @Test
    void theFirstFacilitatorMayLeaveTheWorkshopToACoFacilitator() {
        fixture.given(scheduled(), new FacilitatorAdded(WORKSHOP, CLAIRE, "Claire", "facilitator", AT))
                .when(new RemoveFacilitator(WORKSHOP, FacilitatorId.FIRST, "facilitator:claire", AT))
                .expectEvents(new FacilitatorRemoved(WORKSHOP, FacilitatorId.FIRST, "facilitator:claire", AT));
    }

    @Test
    void cannotRemoveTheLastFacilitator() {
        fixture.given(scheduled(), new FacilitatorAdded(WORKSHOP, CLAIRE, "Claire", "facilitator", AT),
                        new FacilitatorRemoved(WORKSHOP, FacilitatorId.FIRST, "facilitator:claire", AT))
                .when(new RemoveFacilitator(WORKSHOP, CLAIRE, "organiser", AT))
                .expectException(LastFacilitator.class)
                .expectNoEvents();

        assertThat(removedFacilitators.isRemoved(WORKSHOP, CLAIRE)).isFalse();
    }

    @Test
    void cannotRemoveSomeoneWhoNeverFacilitated() {
        fixture.given(scheduled())
                .when(new RemoveFacilitator(WORKSHOP, new FacilitatorId("mallory"), "facilitator", AT))
                .expectException(UnknownFacilitator.class)
                .expectNoEvents();
    }

    @Test
    void removingSomeoneAlreadyRemovedRecordsNothing() {
        fixture.given(scheduled(), new FacilitatorAdded(WORKSHOP, CLAIRE, "Claire", "facilitator", AT),
                        new FacilitatorRemoved(WORKSHOP, CLAIRE, "facilitator", AT))
                .when(new RemoveFacilitator(WORKSHOP, CLAIRE, "facilitator", AT))
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void aRemovedFacilitatorIsNotBroughtBackUnderTheSameId() {
        fixture.given(scheduled(), new FacilitatorAdded(WORKSHOP, CLAIRE, "Claire", "facilitator", AT),
                        new FacilitatorRemoved(WORKSHOP, CLAIRE, "facilitator", AT))
                .when(new AddFacilitator(WORKSHOP, CLAIRE, "Claire", "facilitator", AT))
                .expectNoEvents();
    }
}
