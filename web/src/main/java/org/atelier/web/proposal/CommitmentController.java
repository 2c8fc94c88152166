package org.atelier.web.proposal;

import java.time.Clock;
import java.util.UUID;

import org.atelier.query.board.BoardView.ProposalView;
import org.atelier.shared.proposal.CommitOrganisation;
import org.atelier.shared.proposal.FindPartnershipProgress;
import org.atelier.shared.proposal.FindProposal;
import org.atelier.shared.proposal.PartnershipId;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.proposal.WithdrawCommitment;
import org.atelier.shared.workshop.Outcome;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A participant commits their own organisation to a proposal, or withdraws its commitment. The
 * answer comes once the proposal and the partnerships show the change.
 */
@RestController
@RequestMapping("/api/proposals/{proposalId}/commitments")
@Tag(name = "Proposals")
class CommitmentController {

    private final Dispatcher dispatcher;
    private final QueryGateway queryGateway;
    private final ProposalRoutes routes;
    private final Clock clock;

    CommitmentController(Dispatcher dispatcher, QueryGateway queryGateway, ProposalRoutes routes, Clock clock) {
        this.dispatcher = dispatcher;
        this.queryGateway = queryGateway;
        this.routes = routes;
        this.clock = clock;
    }

    /** {@code organisationId}, when given, must be the caller's own organisation. */
    record CommitRequest(String organisationId) {
    }

    record Committed(String proposalId, String organisationId, String partnershipId) {
    }

    @CommitsToProposal
    @PostMapping
    @Operation(summary = "Commit the caller's organisation (a participant, in REALIZATION)",
            description = "The second distinct organisation forms a partnership, later ones join it.")
    @ApiResponse(responseCode = "201", description = "Committed")
    @ApiResponse(responseCode = "200", description = "Already committed: nothing recorded")
    ResponseEntity<Committed> commit(Caller caller, @PathVariable String proposalId,
                                     @RequestBody(required = false) CommitRequest request) {
        ProposalId id = ProposalRoutes.proposalId("proposalId", proposalId);
        WorkshopId workshopId = routes.workshopOf(id);
        Outcome outcome = dispatcher.recordInWorkshop(workshopId, new CommitOrganisation(workshopId, id,
                caller.participantId(),
                ProposalRoutes.organisationId("organisationId", request == null ? null : request.organisationId()),
                new PartnershipId(UUID.randomUUID().toString()), clock.instant()), caller,
                new FindPartnershipProgress(workshopId));
        ProposalView proposal = queryGateway.query(new FindProposal(workshopId, id, caller.audience(),
                caller.participantId()), ProposalView.class).join();
        return ResponseEntity.status(outcome.recorded() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Committed(id.value(), caller.organisationId().value(),
                        proposal == null ? null : proposal.partnershipId()));
    }

    @CommitsToProposal
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw the caller's organisation's commitment; below two organisations the "
            + "partnership is dissolved")
    void withdraw(Caller caller, @PathVariable String proposalId) {
        ProposalId id = ProposalRoutes.proposalId("proposalId", proposalId);
        WorkshopId workshopId = routes.workshopOf(id);
        dispatcher.recordInWorkshop(workshopId, new WithdrawCommitment(workshopId, id, caller.participantId(), null,
                clock.instant()), caller, new FindPartnershipProgress(workshopId));
    }
}
