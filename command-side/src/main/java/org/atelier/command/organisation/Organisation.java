package org.atelier.command.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.atelier.command.rejection.TextInput;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.organisation.OrganisationRegistered;
import org.atelier.shared.organisation.OrganisationUpdated;
import org.atelier.shared.organisation.RegisterOrganisation;
import org.atelier.shared.organisation.UpdateOrganisation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An organisation of the programme's register. Public only because the bean definitions made at
 * build time (Spring AOT) name it from Axon's packages; nothing outside this package uses it.
 */
@Aggregate
public class Organisation {

    static final int MAX_NAME = 200;

    @AggregateIdentifier
    private OrganisationId organisationId;
    private String commune;
    private boolean ess;

    Organisation() {
        // for Axon
    }

    @CommandHandler
    Organisation(RegisterOrganisation command, OrganisationRegister register, Territory territory) {
        String name = required("name", command.name());
        String commune = required("commune", command.commune());
        register.claimName(name, command.organisationId());
        apply(new OrganisationRegistered(command.organisationId(), name, commune, command.ess(),
                isEligible(command.ess(), commune, territory), command.at()));
    }

    /** Records nothing when the commune and status stay as they are. */
    @CommandHandler
    void handle(UpdateOrganisation command, Territory territory) {
        String newCommune = command.commune() == null ? commune : required("commune", command.commune());
        boolean newEss = command.ess() == null ? ess : command.ess();
        if (!newCommune.equals(commune) || newEss != ess) {
            apply(new OrganisationUpdated(organisationId, newCommune, newEss, isEligible(newEss, newCommune, territory),
                    command.at()));
        }
    }

    /** The programme is for ESS organisations with their head office in its territory. */
    static boolean isEligible(boolean ess, String commune, Territory territory) {
        return ess && territory.contains(commune);
    }

    /** Extra spaces inside a name or commune are typing, not meaning. */
    private static String required(String field, String raw) {
        return TextInput.required(field, raw == null ? null : raw.replaceAll("\\s+", " "), MAX_NAME);
    }

    @EventSourcingHandler
    void on(OrganisationRegistered event) {
        organisationId = event.organisationId();
        commune = event.commune();
        ess = event.ess();
    }

    @EventSourcingHandler
    void on(OrganisationUpdated event) {
        commune = event.commune();
        ess = event.ess();
    }
}
