package org.atelier.command.workshop;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.atelier.command.workshop.WorkshopRejections.JoinCodeTaken;
import org.atelier.shared.workshop.WorkshopId;

/** Join codes as {@link JpaJoinCodes} keeps them: each code opens one workshop. */
class InMemoryJoinCodes implements JoinCodes {

    private final Map<String, WorkshopId> workshopsByCode = new HashMap<>();

    @Override
    public void claim(String joinCode, WorkshopId workshopId) {
        if (workshopsByCode.containsKey(joinCode)) {
            throw new JoinCodeTaken(joinCode);
        }
        workshopsByCode.put(joinCode, workshopId);
    }

    @Override
    public Optional<WorkshopId> workshopFor(String joinCode) {
        return Optional.ofNullable(workshopsByCode.get(joinCode));
    }
}
