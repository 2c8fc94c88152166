package org.atelier.web.organisation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.atelier.query.organisation.OrganisationView;
import org.atelier.shared.organisation.FindOrganisation;
import org.atelier.shared.organisation.FindOrganisations;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.organisation.RegisterOrganisation;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The programme's register of organisations. */
@RestController
@RequestMapping("/api/organisations")
class OrganisationController {

    private final Dispatcher dispatcher;
    private final QueryGateway queryGateway;
    private final Clock clock;

    OrganisationController(Dispatcher dispatcher, QueryGateway queryGateway, Clock clock) {
        this.dispatcher = dispatcher;
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    record RegisterRequest(String name, String commune, Boolean ess) {
    }

    record Registered(String organisationId, boolean eligible) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Registered register(Caller caller, @RequestBody RegisterRequest request) {
        if (!caller.isOrganiser()) {
            throw ApiException.forbidden("Only the organiser registers organisations.");
        }
        if (request.ess() == null) {
            throw ApiException.invalid("ess", "ess is required: true for an organisation of the social and solidarity economy.");
        }
        OrganisationId organisationId = new OrganisationId(UUID.randomUUID().toString());
        dispatcher.sendToRegister(organisationId, new RegisterOrganisation(organisationId, request.name(),
                request.commune(), request.ess(), clock.instant()), caller);
        OrganisationView registered = queryGateway.query(new FindOrganisation(organisationId),
                        ResponseTypes.optionalInstanceOf(OrganisationView.class))
                .join()
                .orElseThrow(() -> new IllegalStateException("Organisation " + organisationId + " is not in the register yet"));
        return new Registered(registered.organisationId(), registered.eligible());
    }

    @GetMapping
    List<OrganisationView> register(Caller caller) {
        return queryGateway.query(new FindOrganisations(), ResponseTypes.multipleInstancesOf(OrganisationView.class))
                .join();
    }
}
