package org.atelier.command.workshop;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;

import org.atelier.command.workshop.WorkshopRejections.NotDreaming;
import org.atelier.shared.objection.ObjectionParked;
import org.atelier.shared.objection.ParkObjection;
import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.Phase;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The objections parked while the room dreams: in UTOPIA a participant sets a "yes, but" aside
 * instead of posting it, for later. The same objection again (a retried call) records nothing.
 */
class Objections {

    private final Room room;
    private final Set<String> parked = new HashSet<>();

    Objections(Room room) {
        this.room = room;
    }

    @CommandHandler
    long handle(ParkObjection command) {
        OrganisationId organisation = room.organisationOf(command.author());
        mustBeDreaming();
        String text = IdeaText.of(command.text());
        if (!parked.contains(command.objectionId())) {
            apply(new ObjectionParked(room.workshopId(), command.objectionId(), command.author(), organisation, text,
                    command.at()));
        }
        return Workshop.position();
    }

    /** Objections are parked only during UTOPIA, where they would stop the dream. */
    private void mustBeDreaming() {
        if (room.phase() != Phase.UTOPIA) {
            throw new NotDreaming(room.phase());
        }
    }

    @EventSourcingHandler
    void on(ObjectionParked event) {
        parked.add(event.objectionId());
    }
}
