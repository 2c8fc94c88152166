package org.atelier.shared.network;

import java.time.Instant;

/** The organisations' network of a scope, with only the links made up to {@code at} ({@code null}: now). */
public record FindNetwork(NetworkScope scope, Instant at) {
}
