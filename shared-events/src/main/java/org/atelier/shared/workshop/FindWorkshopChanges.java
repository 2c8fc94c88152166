package org.atelier.shared.workshop;

/**
 * The changes of a workshop as its board applies them. Answered with the board's current version;
 * as a subscription query, each update is one change at its position, in order.
 */
public record FindWorkshopChanges(WorkshopId workshopId) {
}
