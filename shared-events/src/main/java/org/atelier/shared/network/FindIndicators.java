package org.atelier.shared.network;

/** The figures of the programme's five expected impacts, for a scope. */
public record FindIndicators(NetworkScope scope) {
}
