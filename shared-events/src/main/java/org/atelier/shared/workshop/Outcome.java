package org.atelier.shared.workshop;

/**
 * What a command of a workshop's stream answers when the caller must know more than the position
 * to see: whether it recorded anything ({@code false} for a repeated request that changed nothing).
 */
public record Outcome(long position, boolean recorded) {
}
