package org.atelier.web.proposal;

import java.util.List;

import org.atelier.query.board.WorkshopView;
import org.atelier.query.partnership.PartnershipView;
import org.atelier.shared.proposal.FindPartnerships;
import org.atelier.shared.workshop.FindWorkshop;
import org.atelier.shared.workshop.WorkshopId;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.ReadsWorkshop;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The partnerships formed in a workshop, each new or strengthening links earlier in the programme. */
@RestController
@Tag(name = "Proposals")
class PartnershipController {

    private final QueryGateway queryGateway;

    PartnershipController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @ReadsWorkshop
    @GetMapping("/api/partnerships")
    @Operation(summary = "Partnerships of a workshop, oldest first",
            description = "strengthened: some of its organisations were already linked in the programme before "
                    + "(an earlier partnership, or commitments to the same earlier proposal), strengthenedPairs "
                    + "says which; status ACTIVE or DISSOLVED (dissolved ones keep the organisations they had).")
    List<PartnershipView> partnerships(@RequestParam WorkshopId workshopId) {
        List<PartnershipView> partnerships = queryGateway.query(new FindPartnerships(workshopId),
                ResponseTypes.multipleInstancesOf(PartnershipView.class)).join();
        if (partnerships.isEmpty()
                && queryGateway.query(new FindWorkshop(workshopId), WorkshopView.class).join() == null) {
            throw ApiException.notFound("No workshop " + workshopId + ".");
        }
        return partnerships;
    }
}
