package org.atelier.web.workshop;

import java.time.Clock;

import org.atelier.query.people.WorkshopPeople;
import org.atelier.query.people.WorkshopPeopleView.Attendance;
import org.atelier.shared.workshop.AttendanceSource;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.RecordAttendance;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.idea.IdeaIds;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.AuditsWorkshop;
import org.atelier.web.security.Caller;
import org.atelier.web.security.RunsWorkshop;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * Who was present at each dated half-day: recorded by the screens connected during it (see the live
 * package's attendance watch) or marked by a facilitator; read by those who run and evaluate the
 * workshop, since who actually met is what "people who now know each other" rests on.
 */
@RestController
class AttendanceController {

    private final Dispatcher dispatcher;
    private final WorkshopPeople people;
    private final Clock clock;

    AttendanceController(Dispatcher dispatcher, WorkshopPeople people, Clock clock) {
        this.dispatcher = dispatcher;
        this.people = people;
        this.clock = clock;
    }

    record Marked(int session, String participantId) {
    }

    @AuditsWorkshop
    @GetMapping("/api/workshops/{workshopId}/attendance")
    @Operation(summary = "Who was present at each dated half-day (facilitators, evaluators, the organiser)",
            description = "Read from the event store. Each half-day (numbered from 1 in the workshop's order) with "
                    + "its phase, hours and who was present: seen connected during it (CONNECTED) or marked (MARKED).")
    Attendance attendance(Caller caller, @PathVariable WorkshopId workshopId) {
        try {
            return people.attendance(workshopId);
        } catch (WorkshopPeople.UnknownWorkshop unknown) {
            throw ApiException.notFound(unknown.getMessage());
        }
    }

    @RunsWorkshop
    @PutMapping("/api/workshops/{workshopId}/sessions/{session}/attendance/{participantId}")
    @Operation(summary = "Mark a participant present at a dated half-day (a facilitator, the organiser)",
            description = "For someone without a screen, or whose screen failed; at any time. Marking again, or "
                    + "someone already seen connected, records nothing. 404 for a half-day or a participant the "
                    + "workshop does not have.")
    Marked mark(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable int session,
                @PathVariable String participantId) {
        ParticipantId id = new ParticipantId(IdeaIds.of("participantId", participantId).value());
        dispatcher.sendToWorkshop(workshopId, new RecordAttendance(workshopId, id, session, AttendanceSource.MARKED,
                caller.actor(), clock.instant()), caller);
        return new Marked(session, id.value());
    }
}
