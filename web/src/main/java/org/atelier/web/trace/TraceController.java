package org.atelier.web.trace;

import org.atelier.query.partnership.PartnershipView;
import org.atelier.query.trace.PartnershipTrace;
import org.atelier.query.trace.TraceView;
import org.atelier.shared.proposal.FindPartnership;
import org.atelier.shared.proposal.PartnershipId;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** How a partnership emerged, for its workshop's evaluators and facilitator, and the organiser. */
@RestController
@Tag(name = "Evaluation")
class TraceController {

    private final QueryGateway queryGateway;
    private final PartnershipTrace trace;

    TraceController(QueryGateway queryGateway, PartnershipTrace trace) {
        this.queryGateway = queryGateway;
        this.trace = trace;
    }

    @GetMapping("/api/partnerships/{partnershipId}/trace")
    @Operation(summary = "How a partnership emerged, oldest step first, as a timeline and a graph",
            description = "Read from the workshop's event history: the ideas the proposal was derived from, the ideas "
                    + "then in its clusters, what those were inspired by (back to the first critique), the clusters, "
                    + "the proposal and its amendments, the commitments and the partnership's own changes. Each step: "
                    + "position, at, type, actor, actorName, organisationId, organisationName, phase, summary (the "
                    + "idea's text, the title...), refs (graph node ids, its subject first). graph.nodes: id "
                    + "(kind:id), kind (critique, dream, action, cluster, proposal, organisation, partnership), label; "
                    + "graph.edges: inspiredBy, inCluster, derivedFrom, committed, formed. Where a phase was "
                    + "anonymous the person is left out, the organisation kept. Evaluators, facilitator, organiser.")
    TraceView trace(Caller caller, @PathVariable String partnershipId) {
        PartnershipView partnership = queryGateway.query(new FindPartnership(new PartnershipId(partnershipId)),
                PartnershipView.class).join();
        if (partnership == null) {
            throw ApiException.notFound("No partnership " + partnershipId + ".");
        }
        caller.mustAudit(new WorkshopId(partnership.workshopId()));
        try {
            return trace.of(partnership, caller.audience());
        } catch (PartnershipTrace.UnknownPartnership unknown) {
            throw ApiException.notFound(unknown.getMessage());
        }
    }
}
