package org.atelier.web.objection;

import java.time.Clock;
import java.util.UUID;

import org.atelier.shared.objection.ParkObjection;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.idea.IdeaIds;
import org.atelier.web.security.Caller;
import org.atelier.web.security.ParticipatesInWorkshop;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** In UTOPIA no criticism goes on the board: an objection is parked, and surfaces in REALIZATION. */
@RestController
class ObjectionController {

    private final Dispatcher dispatcher;
    private final Clock clock;

    ObjectionController(Dispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    record ParkRequest(String objectionId, String text) {
    }

    record Parked(String objectionId) {
    }

    @ParticipatesInWorkshop
    @PostMapping("/api/workshops/{workshopId}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    Parked park(Caller caller, @PathVariable WorkshopId workshopId, @RequestBody ParkRequest request) {
        String objectionId = request.objectionId() == null ? UUID.randomUUID().toString()
                : IdeaIds.of("objectionId", request.objectionId()).value();
        dispatcher.sendToWorkshop(workshopId, new ParkObjection(workshopId, objectionId, caller.participantId(),
                request.text(), clock.instant()), caller);
        return new Parked(objectionId);
    }
}
