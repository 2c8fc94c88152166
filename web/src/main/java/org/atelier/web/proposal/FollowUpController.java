package org.atelier.web.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.atelier.query.board.BoardView.ProposalView;
import org.atelier.query.board.BoardView.ProposalView.ActionView;
import org.atelier.query.board.FollowUpView;
import org.atelier.query.board.WorkshopView;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.proposal.ActionId;
import org.atelier.shared.proposal.ActionStatus;
import org.atelier.shared.proposal.AgreeAction;
import org.atelier.shared.proposal.FindActions;
import org.atelier.shared.proposal.FindProposal;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.proposal.UpdateAction;
import org.atelier.shared.workshop.FindWorkshop;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.idea.IdeaIds;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.atelier.web.security.ReadsWorkshop;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Follow-up actions on proposals, the "atelier permanent": agreed and updated by the participants
 * of committed organisations and the facilitator, during REALIZATION and after the workshop closed;
 * everyone of the workshop, evaluators included, reads them.
 */
@RestController
@Tag(name = "Follow-up")
class FollowUpController {

    private final Dispatcher dispatcher;
    private final QueryGateway queryGateway;
    private final ProposalRoutes routes;
    private final Clock clock;

    FollowUpController(Dispatcher dispatcher, QueryGateway queryGateway, ProposalRoutes routes, Clock clock) {
        this.dispatcher = dispatcher;
        this.queryGateway = queryGateway;
        this.routes = routes;
        this.clock = clock;
    }

    /** {@code due}: an ISO-8601 date such as 2026-06-30, or none; {@code organisationId}: the caller's by default. */
    record AgreeRequest(String actionId, String organisationId, String what, String due) {
    }

    record Agreed(String actionId) {
    }

    /** Every field is optional: what is left out stays as it is. */
    record UpdateRequest(ActionStatus status, String what, String due) {
    }

    @ChangesProposal
    @PostMapping("/api/proposals/{proposalId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Agree a follow-up action: which committed organisation does what, by when",
            description = "actionId chosen by the client makes a retry harmless, as for ideas.")
    Agreed agree(Caller caller, @PathVariable String proposalId, @RequestBody AgreeRequest request) {
        ProposalId id = ProposalRoutes.proposalId("proposalId", proposalId);
        WorkshopId workshopId = routes.workshopOf(id);
        ParticipantId agreedBy = ProposalRoutes.participantOrRunner(caller);
        ActionId actionId = new ActionId(request.actionId() == null ? UUID.randomUUID().toString()
                : IdeaIds.of("actionId", request.actionId()).value());
        OrganisationId organisation = request.organisationId() == null ? caller.organisationId()
                : ProposalRoutes.organisationId("organisationId", request.organisationId());
        dispatcher.sendToWorkshop(workshopId, new AgreeAction(workshopId, id, actionId, agreedBy, organisation,
                request.what(), date(request.due()), clock.instant()), caller);
        return new Agreed(actionId.value());
    }

    @ChangesProposal
    @PatchMapping("/api/proposals/{proposalId}/actions/{actionId}")
    @Operation(summary = "Update a follow-up action: status (PLANNED, UNDER_WAY, DONE, DROPPED), what, due")
    ActionView update(Caller caller, @PathVariable String proposalId, @PathVariable String actionId,
                      @RequestBody UpdateRequest request) {
        ProposalId id = ProposalRoutes.proposalId("proposalId", proposalId);
        ActionId action = new ActionId(IdeaIds.of("actionId", actionId).value());
        WorkshopId workshopId = routes.workshopOf(id);
        ParticipantId updatedBy = ProposalRoutes.participantOrRunner(caller);
        dispatcher.sendToWorkshop(workshopId, new UpdateAction(workshopId, id, action, updatedBy, request.status(),
                request.what(), date(request.due()), clock.instant()), caller);
        ProposalView proposal = queryGateway.query(new FindProposal(workshopId, id, caller.audience(),
                caller.participantId()), ProposalView.class).join();
        return proposal.actions().stream().filter(view -> view.actionId().equals(action.value())).findFirst()
                .orElseThrow(() -> ApiException.notFound("No action " + action + " on proposal " + id + "."));
    }

    @ReadsWorkshop
    @GetMapping("/api/workshops/{workshopId}/actions")
    @Operation(summary = "The follow-up board: every action agreed on the workshop's proposals, oldest first")
    List<FollowUpView> actions(Caller caller, @PathVariable WorkshopId workshopId) {
        List<FollowUpView> actions = queryGateway.query(new FindActions(workshopId),
                ResponseTypes.multipleInstancesOf(FollowUpView.class)).join();
        if (actions.isEmpty() && queryGateway.query(new FindWorkshop(workshopId), WorkshopView.class).join() == null) {
            throw ApiException.notFound("No workshop " + workshopId + ".");
        }
        return actions;
    }

    private static LocalDate date(String due) {
        if (due == null) {
            return null;
        }
        try {
            return LocalDate.parse(due.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("due", "due must be a date such as 2026-06-30.");
        }
    }
}
