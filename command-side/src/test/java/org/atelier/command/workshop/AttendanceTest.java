package org.atelier.command.workshop;

import static org.atelier.command.workshop.WorkshopStory.ALICE;
import static org.atelier.command.workshop.WorkshopStory.JOIN_CODE;
import static org.atelier.command.workshop.WorkshopStory.KALEIDO;
import static org.atelier.command.workshop.WorkshopStory.STRANGER;
import static org.atelier.command.workshop.WorkshopStory.WORKSHOP;
import static org.atelier.command.workshop.WorkshopStory.joined;

import java.time.Instant;
import java.util.List;

import org.atelier.command.workshop.WorkshopRejections.NotDuringSession;
import org.atelier.command.workshop.WorkshopRejections.UnknownParticipant;
import org.atelier.command.workshop.WorkshopRejections.UnknownSession;
import org.atelier.shared.workshop.AttendanceSource;
import org.atelier.shared.workshop.ParticipantAttended;
import org.atelier.shared.workshop.ParticipantRemoved;
import org.atelier.shared.workshop.Phase;
import org.atelier.shared.workshop.RecordAttendance;
import org.atelier.shared.workshop.Session;
import org.atelier.shared.workshop.WorkshopScheduled;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who was present at each of the three dated half-days. */
class AttendanceTest {

    private static final Instant FIRST_START = Instant.parse("2026-09-24T12:00:00Z");
    private static final Instant FIRST_END = Instant.parse("2026-09-24T15:30:00Z");
    private static final Instant DURING_FIRST = Instant.parse("2026-09-24T13:00:00Z");
    private static final Instant BETWEEN = Instant.parse("2026-10-01T13:00:00Z");

    private FixtureConfiguration<Workshop> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Workshop.class);
    }

    private static List<Object> threeDatesWithAlice() {
        return List.of(new WorkshopScheduled(WORKSHOP, "Numérique", "digital", null, List.of(
                        new Session(Phase.CRITIQUE, FIRST_START, FIRST_END),
                        new Session(Phase.UTOPIA, Instant.parse("2026-10-15T12:00:00Z"), Instant.parse("2026-10-15T15:30:00Z")),
                        new Session(Phase.REALIZATION, Instant.parse("2026-11-12T13:00:00Z"), Instant.parse("2026-11-12T16:30:00Z"))),
                        5, 0, JOIN_CODE, FIRST_START.minusSeconds(86_400)),
                joined(ALICE, KALEIDO));
    }

    @Test
    void aScreenConnectedDuringAHalfDayRecordsItsParticipantPresent() {
        fixture.given(threeDatesWithAlice())
                .when(new RecordAttendance(WORKSHOP, ALICE, 1, AttendanceSource.CONNECTED, "participant:alice", DURING_FIRST))
                .expectEvents(new ParticipantAttended(WORKSHOP, ALICE, KALEIDO, 1, Phase.CRITIQUE,
                        AttendanceSource.CONNECTED, "participant:alice", DURING_FIRST))
                .expectResultMessagePayload(3L);
    }

    @Test
    void aPresenceIsRecordedOncePerHalfDay() {
        fixture.given(threeDatesWithAlice())
                .andGiven(new ParticipantAttended(WORKSHOP, ALICE, KALEIDO, 1, Phase.CRITIQUE,
                        AttendanceSource.CONNECTED, "participant:alice", DURING_FIRST))
                .when(new RecordAttendance(WORKSHOP, ALICE, 1, AttendanceSource.MARKED, "facilitator", FIRST_END))
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void aScreenConnectedBetweenTwoHalfDaysSaysNothingAboutWhoCame() {
        fixture.given(threeDatesWithAlice())
                .when(new RecordAttendance(WORKSHOP, ALICE, 1, AttendanceSource.CONNECTED, "participant:alice", BETWEEN))
                .expectException(NotDuringSession.class)
                .expectNoEvents();
    }

    @Test
    void aFacilitatorMarksSomeonePresentAfterTheHalfDay() {
        fixture.given(threeDatesWithAlice())
                .when(new RecordAttendance(WORKSHOP, ALICE, 1, AttendanceSource.MARKED, "facilitator", BETWEEN))
                .expectEvents(new ParticipantAttended(WORKSHOP, ALICE, KALEIDO, 1, Phase.CRITIQUE,
                        AttendanceSource.MARKED, "facilitator", BETWEEN));
    }

    @Test
    void cannotRecordAHalfDayTheWorkshopDoesNotHave() {
        fixture.given(threeDatesWithAlice())
                .when(new RecordAttendance(WORKSHOP, ALICE, 4, AttendanceSource.MARKED, "facilitator", BETWEEN))
                .expectException(UnknownSession.class)
                .expectNoEvents();
    }

    @Test
    void cannotRecordSomeoneWhoIsNotInTheRoom() {
        fixture.given(threeDatesWithAlice())
                .andGiven(new ParticipantRemoved(WORKSHOP, ALICE, KALEIDO, "facilitator", "", DURING_FIRST))
                .when(new RecordAttendance(WORKSHOP, ALICE, 1, AttendanceSource.MARKED, "facilitator", DURING_FIRST))
                .expectException(UnknownParticipant.class)
                .expectNoEvents();
        fixture.given(threeDatesWithAlice())
                .when(new RecordAttendance(WORKSHOP, STRANGER, 1, AttendanceSource.MARKED, "facilitator", DURING_FIRST))
                .expectException(UnknownParticipant.class);
    }
}
