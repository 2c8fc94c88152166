package org.atelier.web.workshop;

import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.security.Caller;
import org.atelier.web.security.RunsWorkshop;
import org.atelier.web.security.Tokens;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * The room's projector gets a token of its own, so that the big screen never carries the
 * facilitator's rights: it reads what the room sees and changes nothing.
 */
@RestController
class DisplayController {

    private final LastSessions lastSessions;
    private final Tokens tokens;

    DisplayController(LastSessions lastSessions, Tokens tokens) {
        this.lastSessions = lastSessions;
        this.tokens = tokens;
    }

    record DisplayToken(String token) {
    }

    @RunsWorkshop
    @PostMapping("/api/workshops/{workshopId}/displays")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A room-display token (a facilitator, the organiser)",
            description = "Reads the board and follows the live topic as a participant of no organisation would "
                    + "(anonymity and private writing respected); every change is refused (403).")
    DisplayToken issue(@PathVariable WorkshopId workshopId) {
        return new DisplayToken(tokens.issue(Caller.display(workshopId), lastSessions.endOf(workshopId)));
    }
}
