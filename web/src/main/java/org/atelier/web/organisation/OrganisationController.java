package org.atelier.web.organisation;

import java.util.List;

import org.atelier.query.organisation.OrganisationView;
import org.atelier.shared.organisation.FindOrganisations;
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

    private final Registrar registrar;
    private final QueryGateway queryGateway;

    OrganisationController(Registrar registrar, QueryGateway queryGateway) {
        this.registrar = registrar;
        this.queryGateway = queryGateway;
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
        OrganisationView registered = registrar.register(request.name(), request.commune(), request.ess(), caller);
        return new Registered(registered.organisationId(), registered.eligible());
    }

    @GetMapping
    List<OrganisationView> register(Caller caller) {
        return queryGateway.query(new FindOrganisations(), ResponseTypes.multipleInstancesOf(OrganisationView.class))
                .join();
    }
}
