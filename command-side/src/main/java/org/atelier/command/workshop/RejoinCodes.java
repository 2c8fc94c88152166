package org.atelier.command.workshop;

import java.util.Optional;

import org.atelier.shared.organisation.OrganisationId;
import org.atelier.shared.workshop.ParticipantId;
import org.atelier.shared.workshop.WorkshopId;

/**
 * Command-side lookup of personal rejoin codes, written in the transaction of the command that
 * gives one: a code names one participant, and a participant has one code at a time.
 */
public interface RejoinCodes {

    /** Who a code lets back in. */
    record Holder(WorkshopId workshopId, ParticipantId participantId, OrganisationId organisationId) {
    }

    /** Gives the code to the participant, replacing their previous one. */
    void assign(String rejoinCode, Holder holder);

    Optional<Holder> holderOf(String rejoinCode);
}
