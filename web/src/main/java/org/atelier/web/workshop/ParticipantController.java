package org.atelier.web.workshop;

import java.time.Clock;

import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.RemoveParticipant;
import org.atelier.shared.workshop.ReplaceRejoinCode;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.idea.IdeaIds;
import org.atelier.web.security.Caller;
import org.atelier.web.security.ParticipantRevoked;
import org.atelier.web.security.RunsWorkshop;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The facilitator (or the organiser) puts someone out of the room, or gives them a new personal code. */
@RestController
class ParticipantController {

    private final Dispatcher dispatcher;
    private final ApplicationEventPublisher events;
    private final RejoinCodeGenerator rejoinCodeGenerator;
    private final Clock clock;

    ParticipantController(Dispatcher dispatcher, ApplicationEventPublisher events,
                          RejoinCodeGenerator rejoinCodeGenerator, Clock clock) {
        this.dispatcher = dispatcher;
        this.events = events;
        this.rejoinCodeGenerator = rejoinCodeGenerator;
        this.clock = clock;
    }

    record NewRejoinCode(String rejoinCode) {
    }

    @RunsWorkshop
    @DeleteMapping("/api/workshops/{workshopId}/participants/{participantId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a participant from the room (the facilitator, the organiser)",
            description = "Their token is refused (401) from then on and their live sessions are closed; their ideas "
                    + "stay. Optional reason, kept in the history. Again: 204, nothing recorded.")
    void remove(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable String participantId,
                @RequestParam(required = false) String reason) {
        ParticipantId id = new ParticipantId(IdeaIds.of("participantId", participantId).value());
        dispatcher.sendToWorkshop(workshopId, new RemoveParticipant(workshopId, id, caller.actor(), reason,
                clock.instant()), caller);
        events.publishEvent(new ParticipantRevoked(id));
    }

    @RunsWorkshop
    @PostMapping("/api/workshops/{workshopId}/participants/{participantId}/rejoin-code")
    @Operation(summary = "Give a participant a new personal code (the facilitator, the organiser)",
            description = "For someone who lost theirs; the previous code is refused from then on. 404 for someone "
                    + "who is not in the room.")
    NewRejoinCode replaceRejoinCode(Caller caller, @PathVariable WorkshopId workshopId,
                                    @PathVariable String participantId) {
        ParticipantId id = new ParticipantId(IdeaIds.of("participantId", participantId).value());
        String rejoinCode = rejoinCodeGenerator.next();
        dispatcher.sendToWorkshop(workshopId, new ReplaceRejoinCode(workshopId, id, rejoinCode, caller.actor(),
                clock.instant()), caller);
        return new NewRejoinCode(rejoinCode);
    }
}
