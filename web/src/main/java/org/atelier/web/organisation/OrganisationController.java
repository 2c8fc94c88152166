package org.atelier.web.organisation;

import java.time.Clock;
import java.util.List;

import org.atelier.query.organisation.OrganisationView;
import org.atelier.shared.organisation.FindOrganisation;
import org.atelier.shared.organisation.FindOrganisations;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.organisation.UpdateOrganisation;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.atelier.web.security.ForOrganiser;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
    private final Dispatcher dispatcher;
    private final QueryGateway queryGateway;
    private final Clock clock;

    OrganisationController(Registrar registrar, Dispatcher dispatcher, QueryGateway queryGateway, Clock clock) {
        this.registrar = registrar;
        this.dispatcher = dispatcher;
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    record RegisterRequest(String name, String commune, Boolean ess) {
    }

    record Registered(String organisationId, boolean eligible) {
    }

    @ForOrganiser
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Registered register(Caller caller, @RequestBody RegisterRequest request) {
        OrganisationView registered = registrar.register(request.name(), request.commune(), request.ess(), caller);
        return new Registered(registered.organisationId(), registered.eligible());
    }

    record UpdateRequest(String commune, Boolean ess) {
    }

    /** The organiser corrects the head office commune or the ESS status; eligibility follows. */
    @ForOrganiser
    @PatchMapping("/{organisationId}")
    OrganisationView update(Caller caller, @PathVariable String organisationId, @RequestBody UpdateRequest request) {
        OrganisationId id = new OrganisationId(organisationId);
        OrganisationView before = find(id);
        String commune = request.commune() == null ? before.commune()
                : request.commune().replaceAll("\\s+", " ").trim(); // as the register writes it
        boolean ess = request.ess() == null ? before.ess() : request.ess();
        dispatcher.sendToRegister(id, new UpdateOrganisation(id, request.commune(), request.ess(), clock.instant()),
                caller, shown -> shown.commune().equals(commune) && shown.ess() == ess);
        return find(id);
    }

    private OrganisationView find(OrganisationId organisationId) {
        return queryGateway.query(new FindOrganisation(organisationId),
                        ResponseTypes.optionalInstanceOf(OrganisationView.class))
                .join()
                .orElseThrow(() -> ApiException.notFound("No organisation " + organisationId + " in the register."));
    }

    @GetMapping
    List<OrganisationView> register(Caller caller) {
        return queryGateway.query(new FindOrganisations(), ResponseTypes.multipleInstancesOf(OrganisationView.class))
                .join();
    }
}
