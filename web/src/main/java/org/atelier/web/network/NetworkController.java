package org.atelier.web.network;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.atelier.query.network.IndicatorsView;
import org.atelier.query.network.NetworkProjection;
import org.atelier.query.network.NetworkView;
import org.atelier.shared.network.FindIndicators;
import org.atelier.shared.network.FindNetwork;
import org.atelier.shared.network.NetworkScope;
import org.atelier.web.dispatch.ReadModelCatchUp;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The organisations' network and the programme's impact indicators, for those who evaluate and run it. */
@RestController
@Tag(name = "Evaluation")
class NetworkController {

    private static final String SCOPE = " Organiser: any scope (no programme: every programme). Evaluators and "
            + "facilitator: their workshop, or its programme (the default). Participants: 403.";

    private final EvaluationScopes scopes;
    private final ReadModelCatchUp catchUp;
    private final QueryGateway queryGateway;

    NetworkController(EvaluationScopes scopes, ReadModelCatchUp catchUp, QueryGateway queryGateway) {
        this.scopes = scopes;
        this.catchUp = catchUp;
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/network")
    @Operation(summary = "The organisations' network: nodes, links by kind with weights, components, density",
            description = "Links: MET (took part in the same workshop), BUILT_ON (an idea inspired by, or a proposal "
                    + "derived from, the other's ideas), CO_COMMITTED (committed to the same proposal), PARTNERSHIP. "
                    + "weight: how many times. components and density (2E / (N (N - 1))) among the organisations "
                    + "that took part. With at, only what was made up to then. Also: the nodes' degree, weight, "
                    + "workshops and component; links, largestComponent, registeredOutside (registered "
                    + "organisations not in the network); newLinks: for each workshop, the pairs first linked "
                    + "there in the programme." + SCOPE)
    NetworkView network(Caller caller,
                        @Parameter(description = "A programme's name; empty: the workshops without programme")
                        @RequestParam(required = false) String programme,
                        @Parameter(description = "Only what happened in this workshop")
                        @RequestParam(required = false) String workshopId,
                        @Parameter(description = "Only the workshops of this theme (compared without case)")
                        @RequestParam(required = false) String theme,
                        @Parameter(description = "An ISO-8601 instant: the network as it was then")
                        @RequestParam(required = false) String at) {
        NetworkScope scope = scopes.of(caller, programme, workshopId, theme);
        Instant moment = instant(at);
        catchUp.await(NetworkProjection.PROCESSING_GROUP);
        return queryGateway.query(new FindNetwork(scope, moment), NetworkView.class).join();
    }

    @GetMapping("/api/indicators")
    @Operation(summary = "The figures of the programme's five expected impacts",
            description = "cooperations (partnerships new or strengthened, pairs that had never met), "
                    + "collectiveProjects (proposals, those with two or more organisations committed, follow-up "
                    + "actions), networksAndPartnerships (the network, and per theme), sharedIssues (the CRITIQUE "
                    + "clusters ranked by votes, with the organisations behind them), peopleWhoKnowEachOther "
                    + "(organisation pairs linked and newly linked, participants who met other organisations); "
                    + "perWorkshop: each workshop's headline figures." + SCOPE)
    IndicatorsView indicators(Caller caller,
                              @Parameter(description = "A programme's name; empty: the workshops without programme")
                              @RequestParam(required = false) String programme,
                              @Parameter(description = "Only this workshop")
                              @RequestParam(required = false) String workshopId,
                              @Parameter(description = "Only the workshops of this theme (compared without case)")
                              @RequestParam(required = false) String theme) {
        NetworkScope scope = scopes.of(caller, programme, workshopId, theme);
        catchUp.await(NetworkProjection.PROCESSING_GROUP);
        return queryGateway.query(new FindIndicators(scope), IndicatorsView.class).join();
    }

    private static Instant instant(String at) {
        if (at == null || at.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("at", "at must be an ISO-8601 UTC instant such as 2026-03-01T09:30:00Z.");
        }
    }
}
