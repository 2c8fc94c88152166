package org.atelier.command.organisation;

import java.util.Set;

/** A territory of exactly the communes given, spelled as given. */
record FixedTerritory(Set<String> communes) implements Territory {

    static FixedTerritory of(String... communes) {
        return new FixedTerritory(Set.of(communes));
    }

    @Override
    public boolean contains(String commune) {
        return communes.contains(commune);
    }
}
