package org.atelier.web.workshop;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.atelier.command.workshop.JoinCodes;
import org.atelier.command.workshop.RejoinCodes;
import org.atelier.command.workshop.RemovedParticipants;
import org.atelier.query.board.WorkshopView;
import org.atelier.query.organisation.OrganisationView;
import org.atelier.shared.organisation.FindOrganisations;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.FindWorkshop;
import org.atelier.shared.workshop.JoinWorkshop;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.organisation.Registrar;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.atelier.web.security.Tokens;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;

/**
 * A person joins a workshop with its code, on behalf of an organisation of the register, or of a
 * new one they register on the way. Knowing the code is what lets them in, so these calls need no
 * token.
 */
@RestController
@SecurityRequirements
class JoinController {

    private final Dispatcher dispatcher;
    private final QueryGateway queryGateway;
    private final JoinCodes joinCodes;
    private final RejoinCodes rejoinCodes;
    private final RejoinCodeGenerator rejoinCodeGenerator;
    private final RemovedParticipants removedParticipants;
    private final Registrar registrar;
    private final LastSessions lastSessions;
    private final Tokens tokens;
    private final Clock clock;

    JoinController(Dispatcher dispatcher, QueryGateway queryGateway, JoinCodes joinCodes, RejoinCodes rejoinCodes,
                   RejoinCodeGenerator rejoinCodeGenerator, RemovedParticipants removedParticipants,
                   Registrar registrar, LastSessions lastSessions, Tokens tokens, Clock clock) {
        this.dispatcher = dispatcher;
        this.queryGateway = queryGateway;
        this.joinCodes = joinCodes;
        this.rejoinCodes = rejoinCodes;
        this.rejoinCodeGenerator = rejoinCodeGenerator;
        this.removedParticipants = removedParticipants;
        this.registrar = registrar;
        this.lastSessions = lastSessions;
        this.tokens = tokens;
        this.clock = clock;
    }

    record JoinRequest(String joinCode, String displayName, String organisationId, NewOrganisation organisation) {
    }

    record NewOrganisation(String name, String commune, Boolean ess) {
    }

    record Joined(String workshopId, String participantId, String token, String rejoinCode) {
    }

    record RejoinRequest(String rejoinCode) {
    }

    record Rejoined(String workshopId, String participantId, String token) {
    }

    record Invitation(String workshopId, String title, String theme, String phase,
                      List<OrganisationView> organisations) {
    }

    /** What the join page shows before joining: the workshop and the register to pick from. */
    @GetMapping("/api/join/{joinCode}")
    Invitation invitation(@PathVariable String joinCode) {
        WorkshopId workshopId = workshopOf(joinCode);
        WorkshopView workshop = queryGateway.query(new FindWorkshop(workshopId), WorkshopView.class).join();
        if (workshop == null) {
            throw ApiException.notFound("No workshop has the join code " + joinCode + ".");
        }
        List<OrganisationView> organisations = queryGateway.query(new FindOrganisations(),
                ResponseTypes.multipleInstancesOf(OrganisationView.class)).join();
        return new Invitation(workshop.workshopId(), workshop.title(), workshop.theme(), workshop.phase(), organisations);
    }

    @PostMapping("/api/join")
    @ResponseStatus(HttpStatus.CREATED)
    Joined join(@RequestBody JoinRequest request) {
        WorkshopId workshopId = workshopOf(request.joinCode());
        ParticipantId participantId = new ParticipantId(UUID.randomUUID().toString());
        OrganisationId organisationId = organisationOf(request, workshopId, participantId);
        Caller participant = Caller.participant(workshopId, participantId, organisationId);
        String rejoinCode = rejoinCodeGenerator.next();
        dispatcher.sendToWorkshop(workshopId, new JoinWorkshop(workshopId, participantId, normalised(request.joinCode()),
                request.displayName(), organisationId, rejoinCode, clock.instant()), participant);
        return new Joined(workshopId.value(), participantId.value(), tokens.issue(participant, lastSessions.endOf(workshopId)),
                rejoinCode);
    }

    /**
     * The same person as at joining, on another device or another day. A removed participant's code
     * is answered as an unknown one (404): it opens nothing, and the detail says why.
     */
    @PostMapping("/api/rejoin")
    Rejoined rejoin(@RequestBody RejoinRequest request) {
        if (request.rejoinCode() == null || request.rejoinCode().isBlank()) {
            throw ApiException.invalid("rejoinCode", "rejoinCode is required: the personal code given at joining.");
        }
        RejoinCodes.Holder holder = rejoinCodes.holderOf(request.rejoinCode().strip()).orElseThrow(() ->
                ApiException.notFound("This personal code is unknown or was replaced; ask the facilitator for a new one."));
        if (removedParticipants.isRemoved(holder.participantId())) {
            throw ApiException.notFound("This participant was removed from the workshop; the code no longer opens it.");
        }
        Caller participant = Caller.participant(holder.workshopId(), holder.participantId(), holder.organisationId());
        return new Rejoined(holder.workshopId().value(), holder.participantId().value(),
                tokens.issue(participant, lastSessions.endOf(holder.workshopId())));
    }

    private OrganisationId organisationOf(JoinRequest request, WorkshopId workshopId, ParticipantId participantId) {
        boolean known = request.organisationId() != null && !request.organisationId().isBlank();
        if (known == (request.organisation() != null)) {
            throw ApiException.invalid("organisationId",
                    "Give either organisationId (an organisation of the register) or organisation {name, commune, ess} to register it.");
        }
        if (known) {
            return new OrganisationId(request.organisationId().strip());
        }
        NewOrganisation organisation = request.organisation();
        Caller joining = Caller.participant(workshopId, participantId, null);
        return new OrganisationId(registrar.register(organisation.name(), organisation.commune(), organisation.ess(),
                joining).organisationId());
    }

    private WorkshopId workshopOf(String joinCode) {
        if (joinCode == null || joinCode.isBlank()) {
            throw ApiException.invalid("joinCode", "joinCode is required: the code the facilitator shows.");
        }
        String code = normalised(joinCode);
        return joinCodes.workshopFor(code).orElseThrow(() -> ApiException.notFound(
                "No workshop has the join code " + code + "; check it with the facilitator."));
    }

    private static String normalised(String joinCode) {
        return joinCode.strip().toUpperCase(Locale.ROOT);
    }
}
