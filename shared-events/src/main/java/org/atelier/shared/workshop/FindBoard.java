package org.atelier.shared.workshop;

/** The board of a workshop as the read model has it now. */
public record FindBoard(WorkshopId workshopId) {
}
