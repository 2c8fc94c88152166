package org.atelier.command.workshop;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

class InMemoryRejoinCodes implements RejoinCodes {

    private final Map<String, Holder> holders = new HashMap<>();

    @Override
    public void assign(String rejoinCode, Holder holder) {
        holders.values().remove(holder);
        holders.put(rejoinCode, holder);
    }

    @Override
    public Optional<Holder> holderOf(String rejoinCode) {
        return Optional.ofNullable(holders.get(rejoinCode));
    }
}
