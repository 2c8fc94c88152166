package org.atelier.web.workshop;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.atelier.command.workshop.JoinCodes;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.JoinWorkshop;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.atelier.web.security.Tokens;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;

/** A person joins a workshop with its code, on behalf of a registered organisation. */
@RestController
class JoinController {

    private final Dispatcher dispatcher;
    private final JoinCodes joinCodes;
    private final Tokens tokens;
    private final Clock clock;

    JoinController(Dispatcher dispatcher, JoinCodes joinCodes, Tokens tokens, Clock clock) {
        this.dispatcher = dispatcher;
        this.joinCodes = joinCodes;
        this.tokens = tokens;
        this.clock = clock;
    }

    record JoinRequest(String joinCode, String displayName, String organisationId) {
    }

    record Joined(String workshopId, String participantId, String token) {
    }

    @SecurityRequirements
    @PostMapping("/api/join")
    @ResponseStatus(HttpStatus.CREATED)
    Joined join(@RequestBody JoinRequest request) {
        if (request.joinCode() == null || request.joinCode().isBlank()) {
            throw ApiException.invalid("joinCode", "joinCode is required: the code the facilitator shows.");
        }
        if (request.organisationId() == null || request.organisationId().isBlank()) {
            throw ApiException.invalid("organisationId", "organisationId is required: pick or register your organisation.");
        }
        String joinCode = request.joinCode().strip().toUpperCase(Locale.ROOT);
        WorkshopId workshopId = joinCodes.workshopFor(joinCode).orElseThrow(() -> ApiException.notFound(
                "No workshop has the join code " + joinCode + "; check it with the facilitator."));
        ParticipantId participantId = new ParticipantId(UUID.randomUUID().toString());
        OrganisationId organisationId = new OrganisationId(request.organisationId().strip());
        Caller participant = Caller.participant(workshopId, participantId, organisationId);
        dispatcher.sendToWorkshop(workshopId, new JoinWorkshop(workshopId, participantId, joinCode,
                request.displayName(), organisationId, clock.instant()), participant);
        return new Joined(workshopId.value(), participantId.value(), tokens.issue(participant));
    }
}
