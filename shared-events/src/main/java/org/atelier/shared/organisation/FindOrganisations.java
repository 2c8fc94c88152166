package org.atelier.shared.organisation;

/** The programme's register of organisations, by name. */
public record FindOrganisations() {
}
