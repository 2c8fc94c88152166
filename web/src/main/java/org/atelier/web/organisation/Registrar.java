package org.atelier.web.organisation;

import java.time.Clock;
import java.util.UUID;

import org.atelier.query.organisation.OrganisationView;
import org.atelier.shared.organisation.FindOrganisation;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.organisation.RegisterOrganisation;
import org.atelier.web.dispatch.Dispatcher;
import org.atelier.web.problem.ApiException;
import org.atelier.web.security.Caller;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Registers an organisation in the programme's register, for the organiser or a person joining. */
@Component
public class Registrar {

    private final Dispatcher dispatcher;
    private final QueryGateway queryGateway;
    private final Clock clock;

    Registrar(Dispatcher dispatcher, QueryGateway queryGateway, Clock clock) {
        this.dispatcher = dispatcher;
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    /** The organisation as the register shows it once registered: its id and eligibility. */
    public OrganisationView register(String name, String commune, Boolean ess, Caller caller) {
        if (ess == null) {
            throw ApiException.invalid("ess", "ess is required: true for an organisation of the social and solidarity economy.");
        }
        OrganisationId organisationId = new OrganisationId(UUID.randomUUID().toString());
        dispatcher.sendToRegister(organisationId,
                new RegisterOrganisation(organisationId, name, commune, ess, clock.instant()), caller);
        return queryGateway.query(new FindOrganisation(organisationId),
                        ResponseTypes.optionalInstanceOf(OrganisationView.class))
                .join()
                .orElseThrow(() -> new IllegalStateException("Organisation " + organisationId + " is not in the register yet"));
    }
}
