package org.atelier.command.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.command.rejection.RejectionMatchers.invalidInputOn;
import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.BOB;
import static org.atelier.command.workshop.WorkshopStory.ENTRAIDE;
import static org.atelier.command.workshop.WorkshopStory.JOIN_CODE;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.aliceAndBobIn;
import static org.atelier.command.workshop.WorkshopStory.joined;
import static org.atelier.command.workshop.WorkshopStory.scheduled;

import org.atelier.command.organisation.InMemoryOrganisationRegister;
import org.atelier.command.workshop.WorkshopRejections.AlreadyInTheRoom;
import org.atelier.command.workshop.WorkshopRejections.UnknownOrganisation;
import org.atelier.command.workshop.WorkshopRejections.WorkshopIsClosed;
import org.atelier.command.workshop.WorkshopRejections.WrongJoinCode;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.JoinWorkshop;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.ParticipantJoined;
import org.atelier.shared.workshop.ParticipantRemoved;
import org.atelier.shared.workshop.Phase;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkshopJoiningTest {

    private static final ParticipantId CAROL = new ParticipantId("carol");
    private static final String REJOIN_CODE = "rejoin-code-of-carol";

    private FixtureConfiguration<Workshop> fixture;
    private InMemoryRejoinCodes rejoinCodes;

    @BeforeEach
    void setUp() {
        InMemoryOrganisationRegister register = new InMemoryOrganisationRegister();
        register.claimName("Kaléido'Scop", KALEIDO);
        register.claimName("Entraide Loire", ENTRAIDE);
        fixture = new AggregateTestFixture<>(Workshop.class);
        fixture.registerInjectableResource(register);
        rejoinCodes = new InMemoryRejoinCodes();
        fixture.registerInjectableResource(rejoinCodes);
    }

    @Test
    void joiningRecordsParticipantJoinedWithTrimmedDisplayName() {
        fixture.given(scheduled())
                .when(new JoinWorkshop(WORKSHOP, CAROL, JOIN_CODE, "  Carol  ", KALEIDO, REJOIN_CODE, AT))
                .expectEvents(new ParticipantJoined(WORKSHOP, CAROL, "Carol", KALEIDO, AT))
                .expectResultMessagePayload(2L);
    }

    @Test
    void participantsCanJoinDuringAnOpenPhase() {
        fixture.given(aliceAndBobIn(Phase.UTOPIA))
                .when(new JoinWorkshop(WORKSHOP, CAROL, JOIN_CODE, "Carol", ENTRAIDE, REJOIN_CODE, AT))
                .expectEvents(new ParticipantJoined(WORKSHOP, CAROL, "Carol", ENTRAIDE, AT))
                .expectResultMessagePayload(6L);
    }

    @Test
    void joiningAgainRecordsNothingAndReturnsTheCurrentPosition() {
        fixture.given(scheduled(), joined(ALICE, KALEIDO), joined(BOB, ENTRAIDE))
                .when(new JoinWorkshop(WORKSHOP, ALICE, JOIN_CODE, "alice", KALEIDO, REJOIN_CODE, AT))
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void joiningGivesThePersonalCodeToTheNewcomer() {
        fixture.given(scheduled())
                .when(new JoinWorkshop(WORKSHOP, CAROL, JOIN_CODE, "Carol", KALEIDO, REJOIN_CODE, AT))
                .expectSuccessfulHandlerExecution();

        assertThat(rejoinCodes.holderOf(REJOIN_CODE))
                .contains(new RejoinCodes.Holder(WORKSHOP, CAROL, KALEIDO));
    }

    @Test
    void cannotJoinAgainUnderTheSameNameForTheSameOrganisation() {
        fixture.given(scheduled(), new ParticipantJoined(WORKSHOP, ALICE, "Karim Benali", KALEIDO, AT))
                .when(new JoinWorkshop(WORKSHOP, CAROL, JOIN_CODE, " karim benali ", KALEIDO, REJOIN_CODE, AT))
                .expectException(AlreadyInTheRoom.class)
                .expectNoEvents();

        assertThat(rejoinCodes.holderOf(REJOIN_CODE)).isEmpty();
    }

    @Test
    void theSameNameMayJoinForAnotherOrganisation() {
        fixture.given(scheduled(), new ParticipantJoined(WORKSHOP, ALICE, "Karim Benali", KALEIDO, AT))
                .when(new JoinWorkshop(WORKSHOP, CAROL, JOIN_CODE, "Karim Benali", ENTRAIDE, REJOIN_CODE, AT))
                .expectEvents(new ParticipantJoined(WORKSHOP, CAROL, "Karim Benali", ENTRAIDE, AT));
    }

    @Test
    void aRemovedPersonMayJoinAgainUnderTheirName() {
        fixture.given(scheduled(), new ParticipantJoined(WORKSHOP, ALICE, "Karim Benali", KALEIDO, AT),
                        new ParticipantRemoved(WORKSHOP, ALICE, KALEIDO, "facilitator", "", AT))
                .when(new JoinWorkshop(WORKSHOP, CAROL, JOIN_CODE, "Karim Benali", KALEIDO, REJOIN_CODE, AT))
                .expectEvents(new ParticipantJoined(WORKSHOP, CAROL, "Karim Benali", KALEIDO, AT));
    }

    @Test
    void cannotJoinWithWrongJoinCode() {
        fixture.given(scheduled())
                .when(new JoinWorkshop(WORKSHOP, CAROL, "LUNE17", "Carol", KALEIDO, REJOIN_CODE, AT))
                .expectException(WrongJoinCode.class)
                .expectNoEvents();
    }

    @Test
    void cannotJoinClosedWorkshop() {
        fixture.given(aliceAndBobIn(Phase.CLOSED))
                .when(new JoinWorkshop(WORKSHOP, CAROL, JOIN_CODE, "Carol", KALEIDO, REJOIN_CODE, AT))
                .expectException(WorkshopIsClosed.class)
                .expectNoEvents();
    }

    @Test
    void cannotJoinForUnregisteredOrganisation() {
        fixture.given(scheduled())
                .when(new JoinWorkshop(WORKSHOP, CAROL, JOIN_CODE, "Carol", new OrganisationId("org-unknown"), REJOIN_CODE, AT))
                .expectException(UnknownOrganisation.class)
                .expectNoEvents();
    }

    @Test
    void cannotJoinWithBlankDisplayName() {
        fixture.given(scheduled())
                .when(new JoinWorkshop(WORKSHOP, CAROL, JOIN_CODE, "   ", KALEIDO, REJOIN_CODE, AT))
                .expectException(invalidInputOn("displayName"))
                .expectNoEvents();
    }

    @Test
    void cannotJoinWithDisplayNameLongerThan80Characters() {
        fixture.given(scheduled())
                .when(new JoinWorkshop(WORKSHOP, CAROL, JOIN_CODE, "c".repeat(81), KALEIDO, REJOIN_CODE, AT))
                .expectException(invalidInputOn("displayName"))
                .expectNoEvents();
    }

    @Test
    void displayNameLengthCountsCharactersNotUtf16Units() {
        String eightyEmojis = "🌻".repeat(80);

        fixture.given(scheduled())
                .when(new JoinWorkshop(WORKSHOP, CAROL, JOIN_CODE, eightyEmojis, KALEIDO, REJOIN_CODE, AT))
                .expectEvents(new ParticipantJoined(WORKSHOP, CAROL, eightyEmojis, KALEIDO, AT));
    }
}
