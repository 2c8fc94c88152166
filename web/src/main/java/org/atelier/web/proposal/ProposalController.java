package org.atelier.web.proposal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.atelier.query.board.BoardView.ProposalView;
import org.atelier.shared.cluster.ClusterId;
import org.atelier.shared.idea.IdeaId;
import org.atelier.shared.proposal.AmendProposal;
import org.atelier.shared.proposal.Conditions;
import org.atelier.shared.proposal.FindPartnershipProgress;
import org.atelier.shared.proposal.FindProposal;
import org.atelier.shared.proposal.ProposalId;
import org.atelier.shared.proposal.ProposeProject;
import org.atelier.shared.proposal.RankProposals;
import org.atelier.shared.proposal.WithdrawProposal;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.cluster.ClusterIds;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.idea.IdeaIds;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.atelier.web.security.ChangesWorkshop;
import org.atelier.web.security.RunsWorkshop;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Project proposals in REALIZATION: proposed by participants or the facilitator, amended, withdrawn, ranked. */
@RestController
@Tag(name = "Proposals")
class ProposalController {

    private final Dispatcher dispatcher;
    private final QueryGateway queryGateway;
    private final ProposalRoutes routes;
    private final Clock clock;

    ProposalController(Dispatcher dispatcher, QueryGateway queryGateway, ProposalRoutes routes, Clock clock) {
        this.dispatcher = dispatcher;
        this.queryGateway = queryGateway;
        this.routes = routes;
        this.clock = clock;
    }

    record ConditionsRequest(String resources, String obstacles, String firstSteps, String timeline) {

        Conditions toConditions() {
            return new Conditions(resources, obstacles, firstSteps, timeline);
        }
    }

    record ProposeRequest(String proposalId, String title, String description, List<String> derivedFrom,
                          List<String> derivedFromClusters, String leadOrganisationId, ConditionsRequest conditions) {
    }

    record Proposed(String proposalId) {
    }

    /** Every field is optional: what is left out stays as it is. */
    record AmendRequest(String title, String description, List<String> derivedFrom, List<String> derivedFromClusters,
                        String leadOrganisationId, ConditionsRequest conditions) {
    }

    record OrderRequest(List<String> proposalIds) {
    }

    record Order(List<String> proposalIds) {
    }

    @ChangesWorkshop
    @PostMapping("/api/workshops/{workshopId}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a project (REALIZATION; a participant or the facilitator)",
            description = "proposalId chosen by the client makes a retry harmless: the same content again answers "
                    + "the same, other content is a 409. derivedFrom: ideas of this workshop, of any phase, still on "
                    + "the board; derivedFromClusters: its clusters. The lead defaults to the proposer's organisation.")
    Proposed propose(Caller caller, @PathVariable WorkshopId workshopId, @RequestBody ProposeRequest request) {
        ParticipantId proposer = ProposalRoutes.participantOrRunner(caller);
        ProposalId proposalId = request.proposalId() == null ? new ProposalId(UUID.randomUUID().toString())
                : ProposalRoutes.proposalId("proposalId", request.proposalId());
        dispatcher.sendToWorkshop(workshopId, new ProposeProject(workshopId, proposalId, proposer, request.title(),
                request.description(), ideas(request.derivedFrom()), clusters(request.derivedFromClusters()),
                ProposalRoutes.organisationId("leadOrganisationId", request.leadOrganisationId()),
                request.conditions() == null ? null : request.conditions().toConditions(), clock.instant()), caller);
        return new Proposed(proposalId.value());
    }

    @ReadsProposal
    @GetMapping("/api/proposals/{proposalId}")
    @Operation(summary = "A proposal with its commitments, partnership, rank, dots and follow-up actions")
    ProposalView proposal(Caller caller, @PathVariable String proposalId) {
        ProposalId id = ProposalRoutes.proposalId("proposalId", proposalId);
        WorkshopId workshopId = routes.workshopOf(id);
        ProposalView view = queryGateway.query(new FindProposal(workshopId, id, caller.audience(),
                caller.participantId()), ProposalView.class).join();
        if (view == null) {
            throw ApiException.notFound("No proposal " + id + ".");
        }
        return view;
    }

    @ChangesProposal
    @PatchMapping("/api/proposals/{proposalId}")
    @Operation(summary = "Amend a proposal (its proposer, the participants of its lead organisation, the facilitator)",
            description = "Only the fields given change; conditions change field by field.")
    ProposalView amend(Caller caller, @PathVariable String proposalId, @RequestBody AmendRequest request) {
        ProposalId id = ProposalRoutes.proposalId("proposalId", proposalId);
        WorkshopId workshopId = routes.workshopOf(id);
        ParticipantId amender = ProposalRoutes.participantOrRunner(caller);
        dispatcher.sendToWorkshop(workshopId, new AmendProposal(workshopId, id, amender, request.title(),
                request.description(), request.derivedFrom() == null ? null : ideas(request.derivedFrom()),
                request.derivedFromClusters() == null ? null : clusters(request.derivedFromClusters()),
                ProposalRoutes.organisationId("leadOrganisationId", request.leadOrganisationId()),
                request.conditions() == null ? null : request.conditions().toConditions(), clock.instant()), caller);
        return proposal(caller, proposalId);
    }

    @ChangesProposal
    @DeleteMapping("/api/proposals/{proposalId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw a proposal (its authors or the facilitator); its partnership is dissolved")
    void withdraw(Caller caller, @PathVariable String proposalId) {
        ProposalId id = ProposalRoutes.proposalId("proposalId", proposalId);
        WorkshopId workshopId = routes.workshopOf(id);
        ParticipantId by = ProposalRoutes.participantOrRunner(caller);
        dispatcher.recordInWorkshop(workshopId, new WithdrawProposal(workshopId, id, by, clock.instant()), caller,
                new FindPartnershipProgress(workshopId));
    }

    @RunsWorkshop
    @PutMapping("/api/workshops/{workshopId}/proposals/order")
    @Operation(summary = "Set the final order of priority (the facilitator, in REALIZATION)",
            description = "The first proposal listed gets priority 1; proposals not listed have none.")
    Order rank(Caller caller, @PathVariable WorkshopId workshopId, @RequestBody OrderRequest request) {
        if (request.proposalIds() == null) {
            throw ApiException.invalid("proposalIds", "proposalIds is required: the proposals, first first.");
        }
        List<ProposalId> order = request.proposalIds().stream()
                .map(id -> ProposalRoutes.proposalId("proposalIds", id))
                .toList();
        dispatcher.sendToWorkshop(workshopId, new RankProposals(workshopId, order, clock.instant()), caller);
        return new Order(order.stream().map(ProposalId::value).toList());
    }

    private static List<IdeaId> ideas(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(id -> IdeaIds.of("derivedFrom", id)).toList();
    }

    private static List<ClusterId> clusters(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(id -> ClusterIds.of("derivedFromClusters", id)).toList();
    }
}
