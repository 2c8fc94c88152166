package org.atelier.web.workshop;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.atelier.query.people.WorkshopPeople;

import org.atelier.shared.workshop.AddFacilitator;
import org.atelier.shared.workshop.FacilitatorId;
import org.atelier.shared.workshop.RemoveFacilitator;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.idea.IdeaIds;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.atelier.web.security.FacilitatorRevoked;
import org.atelier.web.security.RunsWorkshop;
import org.atelier.web.security.Tokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Facilitators run workshops in pairs: one brings in another, lists them, or withdraws one. */
@RestController
class FacilitatorController {

    private final Dispatcher dispatcher;
    private final LastSessions lastSessions;
    private final Tokens tokens;
    private final WorkshopPeople people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FacilitatorController(Dispatcher dispatcher, LastSessions lastSessions, Tokens tokens, WorkshopPeople people,
                          ApplicationEventPublisher events, Clock clock) {
        this.dispatcher = dispatcher;
        this.lastSessions = lastSessions;
        this.tokens = tokens;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** {@code you}: the caller's own entry, so a console can tell its facilitator apart. */
    record FacilitatorEntry(String facilitatorId, String name, String addedBy, Instant addedAt, boolean first,
                            boolean you) {
    }

    record NewFacilitator(String name) {
    }

    record AddedFacilitator(String facilitatorId, String token) {
    }

    @RunsWorkshop
    @PostMapping("/api/workshops/{workshopId}/facilitators")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Bring in a co-facilitator (a facilitator, the organiser)",
            description = "Answers the co-facilitator's token, with the facilitator's rights on this workshop; the "
                    + "history names what they do facilitator:<facilitatorId>.")
    AddedFacilitator add(Caller caller, @PathVariable WorkshopId workshopId, @RequestBody NewFacilitator request) {
        FacilitatorId facilitatorId = new FacilitatorId(UUID.randomUUID().toString());
        dispatcher.sendToWorkshop(workshopId, new AddFacilitator(workshopId, facilitatorId, request.name(),
                caller.actor(), clock.instant()), caller);
        return new AddedFacilitator(facilitatorId.value(),
                tokens.issue(Caller.facilitator(workshopId, facilitatorId), lastSessions.endOf(workshopId)));
    }

    @RunsWorkshop
    @DeleteMapping("/api/workshops/{workshopId}/facilitators/{facilitatorId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw a facilitator (a facilitator, the organiser)",
            description = "Their token is refused (401) from then on; the workshop's first facilitator is "
                    + "\"first\". The last facilitator cannot be removed (409). Again: 204, nothing recorded.")
    void remove(Caller caller, @PathVariable WorkshopId workshopId, @PathVariable String facilitatorId) {
        FacilitatorId id = new FacilitatorId(IdeaIds.of("facilitatorId", facilitatorId).value());
        dispatcher.sendToWorkshop(workshopId, new RemoveFacilitator(workshopId, id, caller.actor(), clock.instant()),
                caller);
        events.publishEvent(new FacilitatorRevoked(workshopId, id));
    }

    @RunsWorkshop
    @GetMapping("/api/workshops/{workshopId}/facilitators")
    @Operation(summary = "The facilitators running the workshop (a facilitator, the organiser)",
            description = "Read from the event store: the first facilitator (\"first\", no name), then the "
                    + "co-facilitators in the order they were added; removed ones are left out.")
    List<FacilitatorEntry> list(Caller caller, @PathVariable WorkshopId workshopId) {
        try {
            return people.facilitators(workshopId).stream()
                    .map(f -> new FacilitatorEntry(f.facilitatorId(), f.name(), f.addedBy(), f.addedAt(), f.first(),
                            caller.facilitatorId() != null && caller.facilitatorId().value().equals(f.facilitatorId())))
                    .toList();
        } catch (WorkshopPeople.UnknownWorkshop unknown) {
            throw ApiException.notFound(unknown.getMessage());
        }
    }
}
