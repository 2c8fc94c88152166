package org.atelier.shared.workshop;

/**
 * The position of the last change the board has applied (0 before the first one). As a
 * subscription query, its updates tell a writer when the board shows its change.
 */
public record FindBoardVersion(WorkshopId workshopId) {
}
