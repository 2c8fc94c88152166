package org.atelier.command.workshop;

import java.util.Optional;

import org.atelier.shared.workshop.WorkshopId;

/** Command-side lookup of join codes: each opens exactly one workshop. */
public interface JoinCodes {

    /** Reserves the code for the workshop, or refuses with a conflict when it is taken. */
    void claim(String joinCode, WorkshopId workshopId);

    Optional<WorkshopId> workshopFor(String joinCode);
}
