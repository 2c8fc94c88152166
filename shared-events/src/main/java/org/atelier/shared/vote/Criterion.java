package org.atelier.shared.vote;

/** One thing a CRITERIA phase scores each target on, as the facilitator named it. */
public record Criterion(String criterionId, String label) {
}
