package org.atelier.command.workshop;

import static org.atelier.command.rejection.RejectionMatchers.invalidInputOn;
import static org.atelier.command.workshop.WorkshopStory.AT;
import static org.atelier.command.workshop.WorkshopStory.JOIN_CODE;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.atelier.command.workshop.WorkshopRejections.JoinCodeTaken;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.ScheduleWorkshop;
import org.atelier.shared.workshop.Session;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkshopSchedulingTest {

    private static final Instant MONDAY_9 = Instant.parse("2025-03-17T09:00:00Z");
    private static final Instant MONDAY_12 = Instant.parse("2025-03-17T12:00:00Z");
    private static final Instant TUESDAY_9 = Instant.parse("2025-03-18T09:00:00Z");
    private static final Instant TUESDAY_12 = Instant.parse("2025-03-18T12:00:00Z");

    private FixtureConfiguration<Workshop> fixture;
    private InMemoryJoinCodes joinCodes;

    @BeforeEach
    void setUp() {
        joinCodes = new InMemoryJoinCodes();
        fixture = new AggregateTestFixture<>(Workshop.class);
        fixture.registerInjectableResource(joinCodes);
    }

    @Test
    void schedulingRecordsWorkshopScheduledWithTrimmedTexts() {
        List<Session> sessions = List.of(new Session(Phase.CRITIQUE, MONDAY_9, MONDAY_12),
                new Session(Phase.UTOPIA, TUESDAY_9, TUESDAY_12));

        fixture.givenNoPriorActivity()
                .when(new ScheduleWorkshop(WORKSHOP, "  Our shared kitchen ", " Food and solidarity\n",
                        "  Two half-days ", sessions, 5, 0, JOIN_CODE, AT))
                .expectEvents(new WorkshopScheduled(WORKSHOP, "Our shared kitchen", "Food and solidarity",
                        "Two half-days", sessions, 5, 0, JOIN_CODE, AT));
    }

    @Test
    void programmeAndSessionsAreOptional() {
        fixture.givenNoPriorActivity()
                .when(schedule("   ", null, 5))
                .expectEvents(new WorkshopScheduled(WORKSHOP, "Our shared kitchen", "Food and solidarity", null,
                        List.of(), 5, 0, JOIN_CODE, AT));
    }

    @Test
    void schedulingClaimsTheJoinCodeForTheWorkshop() {
        fixture.givenNoPriorActivity()
                .when(schedule(List.of(), 5))
                .expectSuccessfulHandlerExecution();

        assertThat(joinCodes.workshopFor(JOIN_CODE)).contains(WORKSHOP);
    }

    @Test
    void cannotScheduleWithAJoinCodeAnotherWorkshopHas() {
        joinCodes.claim(JOIN_CODE, new WorkshopId("workshop-0"));

        fixture.givenNoPriorActivity()
                .when(schedule(List.of(), 5))
                .expectException(JoinCodeTaken.class)
                .expectNoEvents();
    }

    @Test
    void refusedWorkshopDoesNotClaimItsJoinCode() {
        fixture.givenNoPriorActivity()
                .when(schedule(List.of(), 0))
                .expectException(invalidInputOn("votesPerParticipant"));

        assertThat(joinCodes.workshopFor(JOIN_CODE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void cannotScheduleWithoutTitle(String title) {
        fixture.givenNoPriorActivity()
                .when(new ScheduleWorkshop(WORKSHOP, title, "Food and solidarity", null, List.of(), 5, 0, JOIN_CODE, AT))
                .expectException(invalidInputOn("title"))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleWithoutTheme() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleWorkshop(WORKSHOP, "Our shared kitchen", null, null, List.of(), 5, 0, JOIN_CODE, AT))
                .expectException(invalidInputOn("theme"))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleWithTitleLongerThan200Characters() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleWorkshop(WORKSHOP, "t".repeat(201), "Food and solidarity", null, List.of(), 5,
                        0, JOIN_CODE, AT))
                .expectException(invalidInputOn("title"))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleWithoutAnyVotePerParticipant() {
        fixture.givenNoPriorActivity()
                .when(schedule(List.of(), 0))
                .expectException(invalidInputOn("votesPerParticipant"))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleMoreThanFiftyVotesPerParticipant() {
        fixture.givenNoPriorActivity()
                .when(schedule(List.of(), 51))
                .expectException(invalidInputOn("votesPerParticipant"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50})
    void votesPerParticipantRangeFromOneToFifty(int votes) {
        fixture.givenNoPriorActivity()
                .when(schedule(List.of(), votes))
                .expectEvents(new WorkshopScheduled(WORKSHOP, "Our shared kitchen", "Food and solidarity", null,
                        List.of(), votes, 0, JOIN_CODE, AT));
    }

    @ParameterizedTest
    @EnumSource(value = Phase.class, names = {"PREPARATION", "CLOSED"})
    void cannotScheduleSessionForPhaseThatIsNotOpen(Phase phase) {
        fixture.givenNoPriorActivity()
                .when(schedule(List.of(new Session(phase, MONDAY_9, MONDAY_12)), 5))
                .expectException(invalidInputOn("sessions"))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleSessionThatEndsBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(schedule(List.of(new Session(Phase.CRITIQUE, MONDAY_12, MONDAY_9)), 5))
                .expectException(invalidInputOn("sessions"))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleSessionThatEndsWhenItStarts() {
        fixture.givenNoPriorActivity()
                .when(schedule(List.of(new Session(Phase.CRITIQUE, MONDAY_9, MONDAY_9)), 5))
                .expectException(invalidInputOn("sessions"))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleTwoSessionsForOnePhase() {
        fixture.givenNoPriorActivity()
                .when(schedule(List.of(new Session(Phase.CRITIQUE, MONDAY_9, MONDAY_12),
                        new Session(Phase.CRITIQUE, TUESDAY_9, TUESDAY_12)), 5))
                .expectException(invalidInputOn("sessions"))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleSessionWithoutStart() {
        fixture.givenNoPriorActivity()
                .when(schedule(List.of(new Session(Phase.CRITIQUE, null, MONDAY_12)), 5))
                .expectException(invalidInputOn("sessions"))
                .expectNoEvents();
    }

    private static ScheduleWorkshop schedule(List<Session> sessions, int votesPerParticipant) {
        return schedule(null, sessions, votesPerParticipant);
    }

    private static ScheduleWorkshop schedule(String programme, List<Session> sessions, int votesPerParticipant) {
        return new ScheduleWorkshop(WORKSHOP, "Our shared kitchen", "Food and solidarity", programme, sessions,
                votesPerParticipant, 0, JOIN_CODE, AT);
    }
}
